package nl.pmg.planner.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DivisionMappingTest {

    private static final Map<String, List<String>> VOORNE = Map.of("GM1992", List.of("GM0501", "GM0530", "GM0614"));

    @Test
    void mergedMunicipalityGetsTheSumOfItsPartsCountsAndTheRateFromThatSum() {
        // Parts of very different size: averaging their rates (10, 20, 40 per 1,000) would give 23.3.
        Map<String, Double> population2022 = Map.of("GM0501", 10_000.0, "GM0530", 20_000.0, "GM0614", 30_000.0);
        Map<String, Double> crimes2022 = Map.of("GM0501", 100.0, "GM0530", 400.0, "GM0614", 1_200.0);

        var population = DivisionMapping.count("GM1992", population2022, VOORNE, "population 1 Jan 2022");
        var crimes = DivisionMapping.count("GM1992", crimes2022, VOORNE, "crimes 2022");

        assertThat(population.value()).isEqualTo(60_000.0);
        assertThat(crimes.value()).isEqualTo(1_700.0);
        assertThat(population.derived()).isTrue();
        assertThat(population.note()).isEqualTo("population 1 Jan 2022 = GM0501+GM0530+GM0614");
        assertThat(1000 * crimes.value() / population.value()).isCloseTo(28.333, within(0.001));
    }

    @Test
    void mergedMunicipalityWithAMissingPartIsBrokenNotBridged() {
        var mapped = DivisionMapping.count("GM1992", Map.of("GM0501", 10_000.0, "GM0530", 20_000.0), VOORNE,
                "population 1 Jan 2022");

        assertThat(mapped.value()).isNull();
        assertThat(mapped.note()).contains("a part of GM0501+GM0530+GM0614 is not in the source");
    }

    @Test
    void unchangedMunicipalityKeepsItsOwnCountAsObserved() {
        var mapped = DivisionMapping.count("GM0014", Map.of("GM0014", 243_768.0), VOORNE, "population");

        assertThat(mapped.value()).isEqualTo(243_768.0);
        assertThat(mapped.derived()).isFalse();
    }

    @Test
    void brokenPointIsWrittenWithBlankValues() {
        assertThat(SeriesPoint.broken("GM1992", "crime_violent", 2022, "not in the source").csvLine())
                .isEqualTo("GM1992,crime_violent,2022,,,,broken,not in the source");
    }
}
