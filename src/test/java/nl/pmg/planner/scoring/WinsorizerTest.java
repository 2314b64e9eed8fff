package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WinsorizerTest {

    @Test
    void percentileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {0, 10, 20, 30, 40};
        // h = 4 · 0.95 = 3.8 → 30 + 0.8 · (40 − 30)
        assertThat(Winsorizer.percentile(sorted, 95)).isCloseTo(38, within(1e-12));
        // h = 4 · 0.05 = 0.2 → 0 + 0.2 · 10
        assertThat(Winsorizer.percentile(sorted, 5)).isCloseTo(2, within(1e-12));
        assertThat(Winsorizer.percentile(sorted, 100)).isEqualTo(40);
        assertThat(Winsorizer.percentile(sorted, 0)).isEqualTo(0);
    }

    @Test
    void clampsBothTailsToTheirPercentiles() {
        // 11 values: p10 at h = 1 → 2; p90 at h = 9 → 10
        double[] values = {100, 1, 2, 3, 4, 5, NaN, 6, 7, 8, 9, 10};
        int changed = Winsorizer.winsorise(values, 10, 90);
        assertThat(values).containsExactly(new double[] {10, 2, 2, 3, 4, 5, NaN, 6, 7, 8, 9, 10}, within(1e-12));
        assertThat(changed).isEqualTo(2);
    }

    @Test
    void zeroAndHundredLeaveValuesAlone() {
        double[] values = {-1e9, 0, 1e9};
        assertThat(Winsorizer.winsorise(values, 0, 100)).isZero();
        assertThat(values).containsExactly(-1e9, 0, 1e9);
    }

    @Test
    void anAllMissingColumnIsLeftAlone() {
        double[] values = {NaN, NaN};
        assertThat(Winsorizer.winsorise(values, 1, 99)).isZero();
        assertThat(values).containsExactly(NaN, NaN);
    }
}
