package nl.pmg.planner.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    private static Function<String, Value> cells(Object... pairs) {
        Map<String, Value> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return v -> m.getOrDefault(v, Value.missing());
    }

    private static Value obs(double v) {
        return Value.of(v, Status.OBSERVED);
    }

    @Test
    void computesRatePerThousandFromCounts() {
        // 250 crimes among 10,000 inhabitants = 25 per 1,000; computed by us from published counts, so derived
        Value v = IndicatorCalculator.rate(List.of("crimes"), List.of("pop"), 1000,
                cells("crimes", obs(250), "pop", obs(10_000)));
        assertThat(v.status()).isEqualTo(Status.DERIVED);
        assertThat(v.value()).isEqualTo(25.0);
    }

    @Test
    void sumsNumeratorsOfACompositeRate() {
        // threats 30 + assaults 50 + street robbery 20 = 100 per 20,000 = 5 per 1,000
        Value v = IndicatorCalculator.rate(List.of("t", "a", "s"), List.of("pop"), 1000,
                cells("t", obs(30), "a", obs(50), "s", obs(20), "pop", obs(20_000)));
        assertThat(v.value()).isEqualTo(5.0);
    }

    @Test
    void shareUsesTheSumOfItsPartsAsDenominator() {
        // low 200 of 200+500+300 = 20 %
        Value v = IndicatorCalculator.rate(List.of("low"), List.of("low", "mid", "high"), 100,
                cells("low", obs(200), "mid", obs(500), "high", obs(300)));
        assertThat(v.value()).isEqualTo(20.0);
    }

    @Test
    void suppressedInputGivesSuppressedRateNotZero() {
        Value v = IndicatorCalculator.rate(List.of("crimes"), List.of("pop"), 1000,
                cells("crimes", obs(3), "pop", Value.suppressed()));
        assertThat(v.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(v.value()).isNull();
    }

    @Test
    void missingInputGivesMissingRate() {
        Value v = IndicatorCalculator.rate(List.of("crimes"), List.of("pop"), 1000, cells("pop", obs(100)));
        assertThat(v.status()).isEqualTo(Status.MISSING);
        assertThat(v.value()).isNull();
    }

    @Test
    void zeroDenominatorIsMissingNotInfinite() {
        Value v = IndicatorCalculator.rate(List.of("crimes"), List.of("pop"), 1000,
                cells("crimes", obs(12), "pop", obs(0)));
        assertThat(v.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void derivedInputMakesDerivedRate() {
        Value v = IndicatorCalculator.rate(List.of("crimes"), List.of("pop"), 1000,
                cells("crimes", Value.of(10, Status.DERIVED), "pop", obs(1000)));
        assertThat(v.status()).isEqualTo(Status.DERIVED);
        assertThat(v.value()).isEqualTo(10.0);
    }

    @Test
    void trendIsSlopeOverMeanInPercentPerYear() {
        // 100, 110, 120, 130, 140: slope 10 per year, mean 120 → 8.333… % per year
        Map<String, String> series = Map.of("2021", "c21", "2022", "c22", "2023", "c23", "2024", "c24", "2025", "c25");
        Value v = IndicatorCalculator.trend(series, 5, cells("c21", obs(100), "c22", obs(110), "c23", obs(120),
                "c24", obs(130), "c25", obs(140)));
        assertThat(v.value()).isCloseTo(10.0 / 120.0 * 100, within(1e-12));
    }

    @Test
    void trendOfTinyCountsIsMissing() {
        Map<String, String> series = Map.of("2021", "a", "2022", "b");
        Value v = IndicatorCalculator.trend(series, 5, cells("a", obs(1), "b", obs(3)));
        assertThat(v.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void trendWithASuppressedYearIsSuppressed() {
        Map<String, String> series = Map.of("2021", "a", "2022", "b");
        Value v = IndicatorCalculator.trend(series, 0, cells("a", obs(10), "b", Value.suppressed()));
        assertThat(v.status()).isEqualTo(Status.SUPPRESSED);
    }

    @Test
    void productOfCountAndShareIsDerived() {
        // 931,298 inhabitants × 13 % = 121,068.74 young people
        Value v = IndicatorCalculator.product(List.of("pop", "pct"), 0.01, cells("pop", obs(931_298), "pct", obs(13)));
        assertThat(v.status()).isEqualTo(Status.DERIVED);
        assertThat(v.value()).isCloseTo(121_068.74, within(1e-6));
    }

    @Test
    void valueRejectsNaNAndValueWithoutStatus() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Value.of(Double.NaN, Status.OBSERVED))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Value(1.0, Status.MISSING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
