package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Twelve buurten: B0…B5 in gemeente G1, B6…B10 and B11 (no data) in G2. One indicator with values 0…10,
 * scored by percentile rank, so buurt Bi scores 10·i and sits at percentile 10·i.
 */
class ParentAggregationTest {

    private static final List<String> PARENTS = List.of("G1", "G1", "G1", "G1", "G1", "G1",
            "G2", "G2", "G2", "G2", "G2", "G2");
    private static final double[] POPULATION = {300, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 500};
    private static final double[] YOUNG = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 30, 20};

    private final ScoringInput children = children();
    private final ScoringResult scores = new ScoringEngine().score(
            Fixtures.framework(Fixtures.domain("a", 1, Fixtures.higher("x", 1))), children,
            Fixtures.PLAIN.withNormalisation(Normalisation.PERCENTILE_RANK));

    private static ScoringInput children() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            codes.add("B" + i);
        }
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NaN};
        return new ScoringInput("buurt", codes, Map.of("x", IndicatorColumn.of("x", x)), POPULATION, YOUNG, null, null);
    }

    @Test
    void parentScoreIsThePopulationWeightedMeanOfScoredChildren() {
        Map<String, ParentScore> parents = ParentAggregation.populationWeighted(children, scores, PARENTS);

        // G1: (300·0 + 100·(10+20+30+40+50)) / 800 = 18.75
        assertThat(parents.get("G1").score()).isCloseTo(18.75, within(1e-12));
        // G2: (100·(60+70+80+90+100)) / 500 = 80; B11 has no score and is left out
        ParentScore g2 = parents.get("G2");
        assertThat(g2.score()).isCloseTo(80, within(1e-12));
        assertThat(g2.childAreas()).isEqualTo(6);
        assertThat(g2.scoredChildAreas()).isEqualTo(5);
        assertThat(g2.population()).isEqualTo(1000);
        assertThat(g2.scoredPopulation()).isEqualTo(500);
        assertThat(parents.keySet()).containsExactly("G1", "G2");
    }

    @Test
    void concentrationCountsYoungPeopleInTheNationalTopDecile() {
        Map<String, Concentration> parents = ParentAggregation.concentration(children, scores, PARENTS);

        // top decile: B9 (90) and B10 (100), both in G2; G2 young = 4·10 + 30 + 20 = 90, of whom 10 + 30 in the top
        Concentration g2 = parents.get("G2");
        assertThat(g2.topChildAreas()).isEqualTo(2);
        assertThat(g2.youngPeople()).isEqualTo(90);
        assertThat(g2.youngPeopleInTopChildAreas()).isEqualTo(40);
        assertThat(g2.shareOfYoungPeople()).isCloseTo(40.0 / 90, within(1e-12));
        assertThat(parents.get("G1").topChildAreas()).isZero();
        assertThat(parents.get("G1").shareOfYoungPeople()).isZero();
    }

    @Test
    void aLowerThresholdWidensTheTopGroup() {
        // percentile ≥ 50: B5 in G1; B6…B10 in G2
        Map<String, Concentration> parents = ParentAggregation.concentration(children, scores, PARENTS, 50);

        assertThat(parents.get("G1").topChildAreas()).isEqualTo(1);
        assertThat(parents.get("G1").shareOfYoungPeople()).isCloseTo(10.0 / 60, within(1e-12));
    }

    @Test
    void rejectsParentCodesThatDoNotLineUp() {
        assertThatThrownBy(() -> ParentAggregation.populationWeighted(children, scores, Collections.nCopies(3, "G1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must line up");
    }
}
