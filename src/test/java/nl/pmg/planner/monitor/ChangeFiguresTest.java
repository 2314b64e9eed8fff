package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A synthetic fixture with one matching variable, k = 2 and start year 2022, checked against values
 * computed by hand (see the comments): P is the programme area, Q another programme area, A–D are
 * non-programme areas that serve as comparisons and as placebo starters.
 */
class ChangeFiguresTest {

    private static final double EPS = 1e-9;

    private static Comparison fixture() {
        Map<String, double[]> features = new LinkedHashMap<>();
        features.put("P", new double[] {1.6});
        features.put("Q", new double[] {1.4});
        features.put("A", new double[] {1.0});
        features.put("B", new double[] {2.0});
        features.put("C", new double[] {3.0});
        features.put("D", new double[] {10.0});
        Map<String, Map<Integer, Double>> values = Map.of(
                "P", Map.of(2021, 70.0, 2022, 50.0, 2023, 45.0, 2024, 40.0), // index 100, 90, 80
                "Q", Map.of(2022, 10.0, 2023, 50.0, 2024, 90.0),
                "A", Map.of(2022, 20.0, 2023, 22.0, 2024, 24.0),             // 100, 110, 120
                "B", Map.of(2022, 10.0, 2023, 10.0, 2024, 11.0),             // 100, 100, 110
                "C", Map.of(2022, 40.0, 2023, 38.0, 2024, 36.0),             // 100, 95, 90
                "D", Map.of(2022, 30.0, 2023, 33.0, 2024, 27.0));            // 100, 110, 90
        return new Comparison(2022, features, values, Set.of("P", "Q"), 2);
    }

    @Test
    void indexesToTheStartYearAndDropsEarlierYears() {
        assertThat(ChangeFigures.index(Map.of(2021, 70.0, 2022, 50.0, 2024, 40.0), 2022))
                .isEqualTo(Map.of(2022, 100.0, 2024, 80.0));
        assertThat(ChangeFigures.index(Map.of(2023, 45.0), 2022)).isEmpty();
    }

    @Test
    void comparesWithTheMeanIndexOfTheTwoNearestNonProgrammeAreas() {
        var result = fixture().run("P", 0.5);

        // nearest to 1.6 among A–D: B (0.4) and A (0.6); Q (0.2) is a programme area
        assertThat(result.group()).extracting(Matching.Match::code).containsExactly("B", "A");
        ChangeFigures.Year y2024 = result.years().get(2);
        assertThat(y2024.year()).isEqualTo(2024);
        assertThat(y2024.ownIndex()).isCloseTo(80.0, within(EPS));
        assertThat(y2024.groupIndex()).isCloseTo(115.0, within(EPS));   // (120 + 110) / 2
        assertThat(y2024.difference()).isCloseTo(-35.0, within(EPS));
        assertThat(result.years().get(1).difference()).isCloseTo(-15.0, within(EPS)); // 90 − (110 + 100) / 2
    }

    @Test
    void placeboDifferencesComeFromEveryNonProgrammeAreaMatchedWithoutItself() {
        // A: group B, C → 2024: 120 − (110 + 90) / 2 = 20;  B: group A, C (tie broken by code) → 110 − 105 = 5
        // C: group B, A → 90 − 115 = −25;                   D: group C, B → 90 − 100 = −10
        List<Double> placebo2024 = fixture().placeboDifferences().stream().map(d -> d.get(2024)).toList();

        assertThat(placebo2024).containsExactly(20.0, 5.0, -25.0, -10.0);
    }

    @Test
    void intervalIsTheCentralShareOfThePlaceboDifferences() {
        var result = fixture().run("P", 0.5);

        assertThat(result.placeboCount()).isEqualTo(4);
        ChangeFigures.Year y2024 = result.years().get(2);
        // sorted −25, −10, 5, 20; quartiles at positions 0.75 and 2.25
        assertThat(y2024.placeboLow()).isCloseTo(-13.75, within(EPS));
        assertThat(y2024.placeboHigh()).isCloseTo(8.75, within(EPS));
        ChangeFigures.Year y2023 = result.years().get(1);
        // 2023: A 110 − 97.5 = 12.5, B 100 − 102.5 = −2.5, C 95 − 105 = −10, D 110 − 97.5 = 12.5
        assertThat(y2023.placeboLow()).isCloseTo(-4.375, within(EPS));
        assertThat(y2023.placeboHigh()).isCloseTo(12.5, within(EPS));
    }
}
