package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends by the catalogue's definition: least-squares slope over the mean, % per year; arrows by the change over the period. */
class TrendTest {

    @Test
    void steadyRiseIsUp() {
        // 40, 42, 44, 46: slope 2 a year over a mean of 43 = 4.651 % a year, 13.95 % over three years
        Trend t = Trend.classify(Map.of(2022, 40.0, 2023, 42.0, 2024, 44.0, 2025, 46.0), 2022, 2025, 5);

        assertThat(t.trendPctPerYear()).isCloseTo(200.0 / 43, within(1e-9));
        assertThat(t.changePct()).isCloseTo(600.0 / 43, within(1e-9));
        assertThat(t.direction()).isEqualTo("up");
    }

    @Test
    void zigZagIsFlat() {
        // 40, 40.5, 40, 40.5: Σ(x − x̄)(y − ȳ) = .5, Σ(x − x̄)² = 5, slope .1 over 40.25 = .248 % a year, .745 % in all
        Trend t = Trend.classify(Map.of(2022, 40.0, 2023, 40.5, 2024, 40.0, 2025, 40.5), 2022, 2025, 5);

        assertThat(t.trendPctPerYear()).isCloseTo(10 / 40.25, within(1e-9));
        assertThat(t.direction()).isEqualTo("flat");
    }

    @Test
    void steadyFallIsDown() {
        // 40, 38, 36, 34: slope −2 over a mean of 37 = −5.405 % a year
        Trend t = Trend.classify(Map.of(2022, 40.0, 2023, 38.0, 2024, 36.0, 2025, 34.0), 2022, 2025, 5);

        assertThat(t.changePct()).isCloseTo(-600.0 / 37, within(1e-9));
        assertThat(t.direction()).isEqualTo("down");
    }

    @Test
    void exactlyFivePercentOverThePeriodIsStillFlat() {
        // two years: the slope is the difference, 2 over a mean of 40 = 5 %
        assertThat(Trend.classify(Map.of(2024, 39.0, 2025, 41.0), 2024, 2025, 5).direction()).isEqualTo("flat");
        assertThat(Trend.classify(Map.of(2024, 41.0, 2025, 39.0), 2024, 2025, 5).direction()).isEqualTo("flat");
    }

    @Test
    void usesOnlyTheYearsOfThePeriod() {
        // a low 2021 (the COVID year) does not enter a trend from 2022
        Map<Integer, Double> values = Map.of(2021, 20.0, 2022, 40.0, 2023, 40.0, 2024, 40.0, 2025, 40.0);

        assertThat(Trend.classify(values, 2022, 2025, 5).changePct()).isCloseTo(0, within(1e-12));
        assertThat(Trend.classify(values, 2021, 2025, 5).direction()).isEqualTo("up");
    }

    @Test
    void aMissingYearOrAZeroMeanHasNoDirection() {
        assertThat(Trend.classify(Map.of(2022, 40.0, 2024, 44.0, 2025, 46.0), 2022, 2025, 5)).isEqualTo(Trend.NONE);
        assertThat(Trend.classify(Map.of(2024, 0.0, 2025, 0.0), 2024, 2025, 5)).isEqualTo(Trend.NONE);
        assertThat(Trend.NONE.direction()).isEqualTo("none");
        assertThat(Trend.NONE.changePct()).isNull();
    }
}
