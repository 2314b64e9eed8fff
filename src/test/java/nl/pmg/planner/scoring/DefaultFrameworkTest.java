package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped framework: valid, within the catalogue, and saying the same as its method document. */
class DefaultFrameworkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Framework framework;
    private static String method;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream json = DefaultFrameworkTest.class.getResourceAsStream("/scoring/default-framework.json");
             InputStream md = DefaultFrameworkTest.class.getResourceAsStream("/scoring/METHOD.md")) {
            framework = JSON.readValue(json, Framework.class);
            method = new String(md.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<FrameworkIndicator> indicators() {
        List<FrameworkIndicator> all = new ArrayList<>();
        framework.domains().forEach(d -> all.addAll(d.indicators()));
        return all;
    }

    @Test
    void isValidAndVersioned() {
        assertThat(framework.validate().id()).isEqualTo("default");
        assertThat(framework.version()).isEqualTo("2.0.0");
    }

    @Test
    void usesOnlyIndicatorsFromTheCatalogue() {
        assertThat(indicators()).extracting(FrameworkIndicator::indicatorId)
                .allMatch(SyntheticLevels.allIndicators()::contains)
                .doesNotContain("non_european_origin_pct");
    }

    @Test
    void everyDomainAndIndicatorStatesWhy() {
        assertThat(framework.domains()).allMatch(d -> d.rationale() != null && d.rationale().length() > 40);
        assertThat(indicators()).allMatch(i -> i.rationale() != null && i.rationale().length() > 40);
    }

    @Test
    void methodDocumentStatesTheSameDomainWeights() {
        for (Domain domain : framework.domains()) {
            String[] cells = tableRow("| `" + domain.id() + "`");
            assertThat(Double.parseDouble(cells[2].trim())).as(domain.id()).isEqualTo(domain.weight());
        }
    }

    @Test
    void methodDocumentStatesTheSameIndicatorWeightsAndDirections() {
        for (FrameworkIndicator indicator : indicators()) {
            String[] cells = tableRow("| `" + indicator.indicatorId() + "` |");
            String arrow = indicator.direction() == Direction.HIGHER_IS_RISKIER ? "↑" : "↓";
            assertThat(cells[3].trim()).as(indicator.indicatorId()).isEqualTo(arrow);
            assertThat(Double.parseDouble(cells[5].trim())).as(indicator.indicatorId()).isEqualTo(indicator.weight());
        }
    }

    @Test
    void survivesAJsonRoundTrip() {
        String saved = JSON.writeValueAsString(framework);
        assertThat(JSON.readValue(saved, Framework.class)).isEqualTo(framework);
    }

    @Test
    void dropsTheIndicatorsThatCannotDiscriminateOrMisleadAndRequiresCrime() {
        assertThat(indicators()).extracting(FrameworkIndicator::indicatorId)
                .doesNotContain("drugs_alcohol_per_1000", "crime_concentration_gini", "crime_trend_2021_2025")
                .contains("crime_trend_2022_2025");
        assertThat(framework.domains()).filteredOn(Domain::mandatory).extracting(Domain::id).containsExactly("crime");
        assertThat(method).contains("drugs_alcohol_per_1000").contains("crime_concentration_gini");
    }

    @Test
    void aDomainWithNoIndicatorInTheInputIsDroppedAndSaysSo() {
        // synthetic buurten without the wijk figures the service gives them (BuurtFromWijk): no youth indicator
        ScoringResult result = new ScoringEngine().score(framework, SyntheticLevels.buurten(1), ScoringOptions.defaults());

        assertThat(result.indicatorsUsed()).containsExactly("income_per_inhabitant", "crime_per_1000",
                "owner_occupied_pct", "woz_value", "population_density", "urbanity_class", "crime_trend_2022_2025");
        assertThat(result.warnings()).contains(
                "domain youth_family: no usable indicator with a positive weight at buurt level, its weight goes to the other domains");
        assertThat(result.areas()).allMatch(a -> !a.domainScores().containsKey("youth_family"));
    }

    private static String[] tableRow(String start) {
        return method.lines().filter(l -> l.contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("METHOD.md has no table row with " + start))
                .split("\\|");
    }
}
