package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.PLAIN;
import static nl.pmg.planner.scoring.Fixtures.column;
import static nl.pmg.planner.scoring.Fixtures.domain;
import static nl.pmg.planner.scoring.Fixtures.framework;
import static nl.pmg.planner.scoring.Fixtures.higher;
import static nl.pmg.planner.scoring.Fixtures.input;
import static nl.pmg.planner.scoring.Fixtures.lower;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rescoring the same columns with other weights reuses each indicator's prepared column
 * ({@link PreparationCache}) and builds area objects on demand ({@link AreaScores}); neither may change a
 * number. Compared against the same data in new arrays, which the engine has never seen.
 */
class RescoringTest {

    private final ScoringEngine engine = new ScoringEngine();

    private static ScoringInput data() {
        // x2 has a missing value and a constant-free spread; x3 is lower-is-riskier
        return input(column("x1", 0, 5, 10, 7), column("x2", 30, Double.NaN, 10, 12), column("x3", 1, 3, 2, 8));
    }

    private static Framework weights(double a, double b) {
        return framework(domain("a", a, higher("x1", 1), higher("x2", 2)), domain("b", b, lower("x3", 1)));
    }

    @Test
    void otherWeightsOnTheSameColumnsGiveWhatNewColumnsGive() {
        ScoringInput seen = data();
        for (ScoringOptions o : List.of(PLAIN, PLAIN.withNormalisation(Normalisation.Z_SCORE),
                PLAIN.withAggregation(Aggregation.GEOMETRIC), ScoringOptions.defaults())) {
            engine.score(weights(3, 1), seen, o);
            ScoringResult again = engine.score(weights(1, 4), seen, o);
            ScoringResult fresh = engine.score(weights(1, 4), data(), o);
            assertThat(again).isEqualTo(fresh);
            assertThat(again.areas()).extracting(AreaScore::score).containsExactlyElementsOf(
                    fresh.areas().stream().map(AreaScore::score).toList());
        }
    }

    @Test
    void aFrameworkThatLeavesAnIndicatorOutSaysSoEveryTime() {
        ScoringInput seen = input(column("x1", 0, 5, 10, 7), column("x2", 4, 4, 4, 4), column("x3", 1, 3, 2, 8));
        ScoringResult first = engine.score(weights(3, 1), seen, PLAIN);
        ScoringResult second = engine.score(weights(2, 2), seen, PLAIN);
        assertThat(first.indicatorsDropped()).containsExactly("x2");
        assertThat(second.indicatorsDropped()).containsExactly("x2");
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void areaObjectsBuiltOnDemandAreTheSameOnEveryRead() {
        ScoringResult r = engine.score(weights(3, 1), data(), PLAIN);
        AreaScore c = r.areas().get(2);
        assertThat(r.areas().get(2)).isSameAs(c);
        assertThat(AreaScores.score(r.areas(), 2)).isEqualTo(c.score());
        assertThat(AreaScores.percentile(r.areas(), 2)).isEqualTo(c.percentile());
        assertThat(AreaScores.code(r.areas(), 2)).isEqualTo(c.code());
        assertThat(List.copyOf(r.areas())).isEqualTo(r.areas());
    }
}
