package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmpiricalBayesTest {

    @Test
    void shrinksRatesTowardsTheOverallRateByMarshallsFormula() {
        // n = 100 each, x = 0, 10, 20, 30 → r = .0, .1, .2, .3
        // m = 60/400 = .15; s² = (.0225 + .0025 + .0025 + .0225)/4 = .0125; n̄ = 100; m/n̄ = .0015
        // A = .0125 − .0015 = .011; C = .011 / (.011 + .0015) = .88; θ = .15 + .88 (r − .15)
        double[] values = {0, 100, 200, 300};
        double[] numerators = {0, 10, 20, 30};
        double[] denominators = {100, 100, 100, 100};
        boolean[] flagged = EmpiricalBayes.smooth(values, numerators, denominators, 1000);
        assertThat(values).containsExactly(new double[] {18, 106, 194, 282}, within(1e-9));
        // shrinkage 1 − C = .12 ≥ .10
        assertThat(flagged).containsExactly(true, true, true, true);
    }

    @Test
    void largeDenominatorsBarelyMoveAndAreNotFlagged() {
        // as above with n = 10,000: s² = .0125, m/n̄ = .000015, A = .012485, C = .998800959…
        double[] values = {0, 100, 200, 300};
        boolean[] flagged = EmpiricalBayes.smooth(values, new double[] {0, 1000, 2000, 3000},
                new double[] {10000, 10000, 10000, 10000}, 1000);
        double c = 0.012485 / (0.012485 + 0.000015);
        assertThat(values[0]).isCloseTo(1000 * (0.15 + c * (0 - 0.15)), within(1e-9));
        assertThat(values[3]).isCloseTo(1000 * (0.15 + c * (0.3 - 0.15)), within(1e-9));
        assertThat(flagged).containsExactly(false, false, false, false);
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
