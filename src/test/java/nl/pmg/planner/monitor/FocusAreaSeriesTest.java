package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FocusAreaSeriesTest {

    /** A wijk of 2,000 inhabitants (2024) with 100, 80, 120 crimes: 50, 40, 60 per 1,000. */
    private static final List<Point> WIJK = List.of(
            new Point(2021, 50.0, 100.0, 2000.0, "derived", ""),
            new Point(2022, 40.0, 80.0, 2000.0, "derived", ""),
            new Point(2023, 60.0, 120.0, 2000.0, "derived", ""));

    @Test
    void indexesWijkAndGemeenteEachToTheirOwnStartYearValue() {
        Map<Integer, Double> gemeente = Map.of(2021, 30.0, 2022, 25.0, 2023, 20.0);

        List<FocusAreaSeries.Raw> years = FocusAreaSeries.years(WIJK, gemeente, 2022);

        assertThat(years).hasSize(3);
        assertThat(years.get(0).wijkIndex()).isNull(); // before the start year: no index
        assertThat(years.get(0).wijkPerThousand()).isEqualTo(50.0);
        assertThat(years.get(1).wijkIndex()).isCloseTo(100.0, within(1e-9));
        assertThat(years.get(1).gemeenteIndex()).isCloseTo(100.0, within(1e-9));
        assertThat(years.get(2).wijkIndex()).isCloseTo(150.0, within(1e-9)); // 60 / 40
        assertThat(years.get(2).gemeenteIndex()).isCloseTo(80.0, within(1e-9)); // 20 / 25
        assertThat(years.get(2).wijkCrimes()).isEqualTo(120.0);
        assertThat(years.get(2).wijkPopulation2024()).isEqualTo(2000.0);
    }

    @Test
    void brokenStartYearGivesNoIndexRatherThanAnotherBase() {
        List<Point> broken = List.of(new Point(2022, null, null, 2000.0, "broken", ""),
                new Point(2023, 60.0, 120.0, 2000.0, "derived", ""));

        List<FocusAreaSeries.Raw> years = FocusAreaSeries.years(broken, Map.of(2022, 25.0, 2023, 20.0), 2022);

        assertThat(years).extracting(FocusAreaSeries.Raw::wijkIndex).containsOnlyNulls();
        assertThat(years.get(1).gemeenteIndex()).isCloseTo(80.0, within(1e-9));
    }

    @Test
    void aFocusAreaOfSeveralWijkenSumsTheirCrimesAndInhabitants() {
        // second wijk: 3,000 inhabitants with 60, 90 crimes in 2021, 2022 and no figure for 2023
        List<Point> other = List.of(new Point(2021, 20.0, 60.0, 3000.0, "derived", ""),
                new Point(2022, 30.0, 90.0, 3000.0, "derived", ""));

        List<Point> both = FocusAreaSeries.combine(List.of(WIJK, other));

        // 2021: (100 + 60) / (2,000 + 3,000) × 1,000 = 32; 2022: 170 / 5,000 × 1,000 = 34; 2023 broken
        assertThat(both).extracting(Point::value).containsExactly(32.0, 34.0, null);
        assertThat(both.get(0).numerator()).isEqualTo(160.0);
        assertThat(both.get(1).denominator()).isEqualTo(5000.0);
        assertThat(both.get(2).status()).isEqualTo("broken");
    }
}
