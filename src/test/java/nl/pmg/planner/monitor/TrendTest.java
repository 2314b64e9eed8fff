package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void tenPercentRiseIsUp() {
        Trend t = Trend.classify(40.0, 44.0, 5);

        assertThat(t.changePct()).isCloseTo(10.0, within(1e-9));
        assertThat(t.direction()).isEqualTo("up");
    }

    @Test
    void twoAndAHalfPercentRiseIsFlat() {
        Trend t = Trend.classify(40.0, 41.0, 5);

        assertThat(t.changePct()).isCloseTo(2.5, within(1e-9));
        assertThat(t.direction()).isEqualTo("flat");
    }

    @Test
    void fifteenPercentFallIsDown() {
        Trend t = Trend.classify(40.0, 34.0, 5);

        assertThat(t.changePct()).isCloseTo(-15.0, within(1e-9));
        assertThat(t.direction()).isEqualTo("down");
    }

    @Test
    void exactlyFivePercentIsStillFlat() {
        assertThat(Trend.classify(40.0, 42.0, 5).direction()).isEqualTo("flat");
        assertThat(Trend.classify(40.0, 38.0, 5).direction()).isEqualTo("flat");
    }

    @Test
    void missingOrZeroStartValueHasNoDirection() {
        assertThat(Trend.classify(null, 44.0, 5)).isEqualTo(Trend.NONE);
        assertThat(Trend.classify(40.0, null, 5)).isEqualTo(Trend.NONE);
        assertThat(Trend.classify(0.0, 3.0, 5)).isEqualTo(Trend.NONE);
        assertThat(Trend.NONE.direction()).isEqualTo("none");
        assertThat(Trend.NONE.changePct()).isNull();
    }
}
