package nl.pmg.planner.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassesTest {

    @Test
    void fiveQuantilesOfOneToTenHoldTwoValuesEach() {
        // lower bounds at sorted[floor(i·10/5)] = 1, 3, 5, 7, 9
        Classes c = Classes.quantiles(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 5, "higher_is_riskier");
        assertThat(c.bins()).extracting(Classes.Bin::min).containsExactly(1.0, 3.0, 5.0, 7.0, 9.0);
        assertThat(c.bins()).extracting(Classes.Bin::max).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(c.bins()).extracting(Classes.Bin::count).containsOnly(2);
        assertThat(c.colour(9.5)).isEqualTo("#bd0026");
        assertThat(c.colour(1.0)).isEqualTo("#ffffb2");
        assertThat(c.colour(null)).isNull();
    }

    @Test
    void tiesGiveFewerClassesNeverAnEmptyOne() {
        // candidate lower bounds sorted[0], [2], [4], [6], [8] = 1, 1, 1, 1, 5: only 1 and 5 are strictly increasing
        Classes c = Classes.quantiles(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 5, 6}, 5, "higher_is_riskier");
        assertThat(c.bins()).extracting(Classes.Bin::min).containsExactly(1.0, 5.0);
        assertThat(c.bins()).extracting(Classes.Bin::max).containsExactly(1.0, 6.0);
        assertThat(c.bins()).extracting(Classes.Bin::count).containsExactly(8, 2);
        assertThat(c.bins()).extracting(Classes.Bin::colour).containsExactly("#feb24c", "#f03b20");
    }

    @Test
    void lowerIsRiskierReversesTheRampSoDarkStillMeansRisk() {
        assertThat(Classes.ramp(3, "lower_is_riskier")).containsExactly("#f03b20", "#feb24c", "#ffeda0");
        assertThat(Classes.ramp(2, "neutral")).containsExactly("#9ecae1", "#3182bd");
    }
}
