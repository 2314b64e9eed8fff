package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.indicator.EligibilityProperties;
import org.junit.jupiter.api.Test;

/**
 * Eligibility: only areas above the residents and households thresholds are ranked, coverage is counted over them
 * only, and raising the threshold never empties the ranking while an eligible area exists. The old rule counted
 * coverage over every area, so at 500 residents most buurten were "missing" and every indicator fell below 65 %.
 */
class EligibilityTest {

    private final ScoringEngine engine = new ScoringEngine();

    /** Ten areas: residents 100, 200, …, 1,000 (households 40 %); x is known only for areas of 600 and more. */
    private static ScoringInput input(int minResidents) {
        int n = 10;
        List<String> codes = new ArrayList<>();
        double[] residents = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] eligible = new boolean[n];
        EligibilityProperties rule = new EligibilityProperties(minResidents, 0);
        for (int i = 0; i < n; i++) {
            codes.add(Fixtures.code(i));
            residents[i] = 100 * (i + 1);
            x[i] = residents[i] >= 600 ? i * 3 % 7 : Double.NaN;
            y[i] = (i * 5) % 11;
            eligible[i] = rule.eligible(residents[i], residents[i] * 0.4);
        }
        Map<String, IndicatorColumn> columns = new LinkedHashMap<>();
        columns.put("x", IndicatorColumn.of("x", x));
        columns.put("y", IndicatorColumn.of("y", y));
        return new ScoringInput("buurt", codes, columns, residents, null, null, Map.of(), eligible, null);
    }

    private static final Framework FRAMEWORK = Fixtures.framework(
            Fixtures.domain("a", 1, Fixtures.higher("x", 1)), Fixtures.domain("b", 1, Fixtures.higher("y", 1)));

    @Test
    void coverageIsCountedOverEligibleAreasOnly() {
        // x is known for 5 of 10 areas (50 % < 65 %) but for 5 of the 5 eligible at 600 residents (100 %)
        assertThat(engine.score(FRAMEWORK, input(0), ScoringOptions.defaults()).indicatorsDropped()).containsExactly("x");
        assertThat(engine.score(FRAMEWORK, input(600), ScoringOptions.defaults()).indicatorsUsed()).containsExactly("x", "y");
    }

    @Test
    void raisingTheThresholdNeverEmptiesTheRankingWhileEligibleAreasExist() {
        for (int threshold = 0; threshold <= 1100; threshold += 50) {
            ScoringResult r = engine.score(FRAMEWORK, input(threshold), ScoringOptions.defaults());
            long eligible = r.areas().stream().filter(a -> !a.qualityFlags().contains(QualityFlag.NOT_ELIGIBLE)).count();
            long ranked = r.areas().stream().filter(a -> a.rank() > 0).count();
            assertThat(eligible).as("threshold %d", threshold).isEqualTo(Math.max(0, Math.min(10, 10 - (threshold - 1) / 100)));
            assertThat(ranked).as("threshold %d: every eligible area is ranked", threshold).isEqualTo(eligible);
            assertThat(r.areas()).filteredOn(a -> a.qualityFlags().contains(QualityFlag.NOT_ELIGIBLE))
                    .allMatch(a -> Double.isNaN(a.score()) && a.rank() == 0);
        }
    }

    @Test
    void theLastEligibleAreaIsRankedFirstEvenThoughNothingVariesAnyMore() {
        ScoringResult r = engine.score(FRAMEWORK, input(1000), ScoringOptions.defaults());

        assertThat(Fixtures.area(r, "J").rank()).isEqualTo(1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("they tie"));
    }

    @Test
    void aRequiredDomainMissingLeavesTheAreaUnrankedAndFlagged() {
        Framework required = Fixtures.framework(
                new Domain("a", "a", "a", 1, List.of(Fixtures.higher("x", 1)), "test", true),
                Fixtures.domain("b", 1, Fixtures.higher("y", 1)));
        // x known for 9 of 10 areas: the area without it has y only
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN};
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        ScoringInput in = Fixtures.input(IndicatorColumn.of("x", x), IndicatorColumn.of("y", y));

        AreaScore j = Fixtures.area(engine.score(required, in, Fixtures.PLAIN), "J");
        AreaScore reweighted = Fixtures.area(engine.score(FRAMEWORK, in, Fixtures.PLAIN), "J");

        // required: not ranked, not handed to domain b; not required: ranked on b alone (100, the maximum) but flagged
        assertThat(j.score()).isNaN();
        assertThat(j.rank()).isZero();
        assertThat(j.missingDomains()).containsExactly("a");
        assertThat(j.qualityFlags()).contains(QualityFlag.DOMAIN_MISSING).doesNotContain(QualityFlag.NO_DATA);
        assertThat(reweighted.score()).isEqualTo(100.0);
        assertThat(reweighted.qualityFlags()).contains(QualityFlag.DOMAIN_MISSING);
    }
}
