package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmpiricalBayesTest {

    @Test
    void shrinksRatesTowardsTheOverallRateByTheRobustFormula() {
        // n = 100 each, x = 0, 10, 20, 30 → r = .0, .1, .2, .3; one group: m = 60/400 = .15
        // |d| = .15, .05, .05, .15 → median .10; (1.4826 · .10)² = .0219810276; v = .15/100 = .0015 each
        // A = .0219810276 − .0015 = .0204810276; C = A / (A + .0015) = .93176…; θ = .15 + C (r − .15)
        double[] values = {0, 100, 200, 300};
        boolean[] flagged = EmpiricalBayes.smooth(values, new double[] {0, 10, 20, 30}, new double[] {100, 100, 100, 100}, 1000);
        double c = 0.0204810276 / (0.0204810276 + 0.0015);
        assertThat(values).containsExactly(new double[] {1000 * (0.15 - c * 0.15), 1000 * (0.15 - c * 0.05),
                1000 * (0.15 + c * 0.05), 1000 * (0.15 + c * 0.15)}, within(1e-9));
        assertThat(values[0]).isCloseTo(10.236, within(0.001));
        // shrinkage 1 − C = .068 < .10: not flagged
        assertThat(flagged).containsExactly(false, false, false, false);
    }

    @Test
    void aPlantedOutlierDoesNotInflateTheBetweenAreaVarianceSoItIsShrunkHard() {
        // nine areas of 1,000 with 44 events (r = .044) and one of 100 with 150 (r = 1.5, a station area)
        // m = 546 / 9,100 = .06; |d| = .016 (×9), 1.44 → median .016; (1.4826 · .016)² = .000562713…
        // v = .06/1000 = .00006 (×9), .06/100 = .0006 → median .00006; A = .000502713…
        // outlier: C = A / (A + .0006) = .45589…, θ = .06 + C · 1.44 = .7165 (from 1.5)
        // Marshall's moment estimator would take A from the weighted variance (.02304 − .06/910 = .02297),
        // so C = .9746 and the outlier would keep 1.463: the extreme place sets its own shrinkage.
        double[] numerators = {44, 44, 44, 44, 44, 44, 44, 44, 44, 150};
        double[] denominators = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 100};
        double[] values = new double[10];
        for (int i = 0; i < 10; i++) {
            values[i] = 1000 * numerators[i] / denominators[i];
        }
        boolean[] flagged = EmpiricalBayes.smooth(values, numerators, denominators, 1000);
        double spread = 1.4826 * 0.016;
        double a = spread * spread - 0.00006;
        assertThat(values[9]).isCloseTo(1000 * (0.06 + a / (a + 0.0006) * 1.44), within(1e-9));
        assertThat(values[9]).isCloseTo(716.5, within(0.1));
        assertThat(values[0]).isCloseTo(1000 * (0.06 - a / (a + 0.00006) * 0.016), within(1e-9));
        assertThat(flagged[9]).isTrue();
        assertThat(flagged[0]).isTrue(); // 1 − C = .107
    }

    @Test
    void shrinksTowardsTheAreasOwnGemeenteNotTheCountry() {
        // gemeente 0: two areas of 1,000 with 100 events (r = .1); gemeente 1: two of 1,000 with 9 and one of 100
        // with 3 (r = .03); m_0 = .1, m_1 = 21/2,100 = .01 (the country: 221/4,100 = .054)
        // |d| = 0, 0, .001, .001, .02 → median .001, (1.4826 · .001)² = 2.2e-6 < median v = .1/1000 = 1e-4
        // → A = 0: every rate becomes its own gemeente's rate, the small area .01, not .054
        double[] numerators = {100, 100, 9, 9, 3};
        double[] denominators = {1000, 1000, 1000, 1000, 100};
        double[] values = {100, 100, 9, 9, 30};
        EmpiricalBayes.smooth(values, numerators, denominators, 1000, new int[] {0, 0, 1, 1, 1});
        assertThat(values).containsExactly(new double[] {100, 100, 10, 10, 10}, within(1e-9));
    }

    @Test
    void aGemeenteOfOneAreaShrinksTowardsTheOverallRate() {
        // group 0: three areas of 100 with 5, 15, 10 events → m_0 = .1; group 1: one area of 100 with 20 (r = .2)
        // has no reference of its own, so it uses the overall m = 50/400 = .125
        // |d| = .05, .05, 0, .075 → median .05; (1.4826 · .05)² = .00549530…; v = .001 ×3, .00125 → median .001
        // A = .00449530…; group 1: C = A / (A + .00125) = .7824…, θ = .125 + C · .075 = .1837
        double[] values = {50, 150, 100, 200};
        EmpiricalBayes.smooth(values, new double[] {5, 15, 10, 20}, new double[] {100, 100, 100, 100}, 1000,
                new int[] {0, 0, 0, 1});
        double spread = 1.4826 * 0.05;
        double a = spread * spread - 0.001;
        double c0 = a / (a + 0.001);
        double c1 = a / (a + 0.00125);
        assertThat(values).containsExactly(new double[] {1000 * (0.1 - c0 * 0.05), 1000 * (0.1 + c0 * 0.05), 100,
                1000 * (0.125 + c1 * 0.075)}, within(1e-9));
        assertThat(values[3]).isCloseTo(183.68, within(0.01));
    }

    @Test
    void spreadNoLargerThanChanceSetsEveryRateToTheOverallRate() {
        // r = .01, .02; m = .015; s² = 100·(.005²)·2 / 200 = .000025 < m/n̄ = .00015 → A = 0 → C = 0
        double[] values = {10, 20};
        EmpiricalBayes.smooth(values, new double[] {1, 2}, new double[] {100, 100}, 1000);
        assertThat(values).containsExactly(new double[] {15, 15}, within(1e-12));
    }

    @Test
    void leavesAreasWithoutUsableCountsAlone() {
        double[] values = {0, 100, NaN, 300, 55};
        double[] numerators = {0, 10, 5, 30, NaN};
        double[] denominators = {100, 100, 100, 100, 100};
        EmpiricalBayes.smooth(values, numerators, denominators, 1000);
        assertThat(values[2]).isNaN();
        assertThat(values[4]).isEqualTo(55);
    }

    @Test
    void aTinyBuurtWithAFewIncidentsNoLongerTopsTheRanking() {
        // A: 3 incidents among 40 inhabitants = 75 per 1,000, the highest raw rate; B: 70 of 1,000.
        double[] numerators = {3, 70, 40, 50, 60};
        double[] denominators = {40, 1000, 1000, 1000, 1000};
        double[] values = new double[5];
        for (int i = 0; i < 5; i++) {
            values[i] = 1000 * numerators[i] / denominators[i];
        }
        Framework framework = Fixtures.framework(Fixtures.domain("crime", 1, Fixtures.higher("crime", 1)));
        IndicatorColumn crime = Fixtures.column("crime", values).withRate(numerators, denominators, 1000);
        ScoringEngine engine = new ScoringEngine();

        ScoringResult raw = engine.score(framework, Fixtures.input(crime), Fixtures.PLAIN);
        ScoringResult smoothed = engine.score(framework, Fixtures.input(crime),
                new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT, 0.65, 0, 100, true, 90));

        assertThat(Fixtures.area(raw, "A").rank()).isEqualTo(1);
        assertThat(Fixtures.area(smoothed, "B").rank()).isEqualTo(1);
        assertThat(Fixtures.area(smoothed, "A").qualityFlags()).contains(QualityFlag.SMOOTHED);
        assertThat(Fixtures.area(smoothed, "A").indicatorFlags()).containsKey("crime");
        assertThat(Fixtures.area(smoothed, "A").p90Flags()).isEqualTo(List.of());
    }
}
