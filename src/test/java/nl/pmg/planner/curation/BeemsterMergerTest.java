package nl.pmg.planner.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;
import org.junit.jupiter.api.Test;

/**
 * Beemster (GM0370) joined Purmerend (GM0439) on 1 January 2022, so every 2021 figure of the 2024 Purmerend is
 * the sum (or the weighted mean) of both parts. Hand-computed from KWB 2021: Purmerend 81,683 inhabitants and
 * 18.49 bijstand per 1,000, Beemster 10,110 and 6.92; registered crime 2021 on the 2024 division: 3,033.
 */
class BeemsterMergerTest {

    @Test
    void purmerend2021IsTheSumOfPurmerendAndBeemster() {
        assertThat(MunicipalMergers.FROM_2021).containsEntry("GM0439", List.of("GM0439", "GM0370"));
        var population = DivisionMapping.count("GM0439", Map.of("GM0439", 81_683.0, "GM0370", 10_110.0),
                MunicipalMergers.FROM_2021, "population 1 Jan 2021");

        assertThat(population.value()).isEqualTo(91_793.0);
        assertThat(population.derived()).isTrue();
        // 3,033 / 91,793 × 1,000 = 33.04, not 3,033 / 81,683 × 1,000 = 37.13
        assertThat(3_033 / population.value() * 1000).isCloseTo(33.042, within(0.001));
    }

    @Test
    void purmerendBijstand2021IsThePopulationWeightedMeanOfItsParts() {
        // (18.49 × 81,683 + 6.92 × 10,110) / 91,793 = 17.2157
        Double mean = MunicipalMergers.weightedMean(MunicipalMergers.FROM_2021.get("GM0439"),
                Map.of("GM0439", 18.49, "GM0370", 6.92), Map.of("GM0439", 81_683.0, "GM0370", 10_110.0));

        assertThat(mean).isCloseTo(17.2157, within(0.0001));
    }

    @Test
    void theShippedDataCarryTheMergedFiguresMarkedDerived() {
        Map<String, String> crime2021 = row(Path.of("geodata/series_gemeente.csv"),
                r -> r.get("code").equals("GM0439") && r.get("indicator").equals("crime_total") && r.get("year").equals("2021"));
        assertThat(crime2021.get("denominator")).isEqualTo("91793");
        assertThat(crime2021.get("status")).isEqualTo("derived");
        assertThat(Double.parseDouble(crime2021.get("value"))).isCloseTo(33.042, within(0.001));

        for (String dir : List.of("geodata", "geodata/asof-2023")) {
            Map<String, String> gemeente = row(Path.of(dir, "variables_gemeente.csv"), r -> r.get("code").equals("GM0439"));
            assertThat(Double.parseDouble(gemeente.get("bijstand_per_1000_2021"))).as(dir).isCloseTo(17.216, within(0.0005));
            assertThat(Csv.readRows(Path.of(dir, "derived_values.csv"))).as(dir)
                    .anyMatch(r -> r.get("code").equals("GM0439") && r.get("variable").equals("bijstand_per_1000_2021"));
        }
    }

    private static Map<String, String> row(Path csv, java.util.function.Predicate<Map<String, String>> which) {
        return Csv.readRows(csv).stream().filter(which).findFirst().orElseThrow();
    }
}
