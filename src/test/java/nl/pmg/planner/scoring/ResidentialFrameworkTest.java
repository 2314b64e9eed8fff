package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The residential lens: the default framework's residents' domains with the same weights, and no crime by place. */
class ResidentialFrameworkTest {

    private final Framework residential = DefaultFramework.residential();
    private final Framework defaults = DefaultFramework.get();

    @Test
    void isValidVersionedAndNamedAsTheLens() {
        assertThat(residential.validate().id()).isEqualTo("residential");
        assertThat(residential.version()).isEqualTo("1.0.0");
        assertThat(Lens.residentialFramework()).isSameAs(residential);
        assertThat(residential.nameNl()).contains("Waar jongeren wonen");
    }

    @Test
    void leavesOutEveryIndicatorRegisteredByPlaceOfOffenceAndTheOpportunityStructure() {
        assertThat(residential.domains()).flatExtracting(Domain::indicators).extracting(FrameworkIndicator::indicatorId)
                .noneMatch(id -> id.startsWith("crime") || id.contains("_crime") || id.startsWith("vandalism")
                        || id.startsWith("burglary"))
                .doesNotContain("population_density", "urbanity_class");
    }

    @Test
    void keepsTheDefaultWeightsOfWhatItUses() {
        Map<String, Double> domainWeight = new HashMap<>();
        Map<String, FrameworkIndicator> indicator = new HashMap<>();
        defaults.domains().forEach(d -> {
            domainWeight.put(d.id(), d.weight());
            d.indicators().forEach(i -> indicator.put(i.indicatorId(), i));
        });
        domainWeight.put("housing", domainWeight.get("living_environment"));
        for (Domain d : residential.domains()) {
            assertThat(d.weight()).as(d.id()).isEqualTo(domainWeight.get(d.id()));
            for (FrameworkIndicator i : d.indicators()) {
                assertThat(i.weight()).as(i.indicatorId()).isEqualTo(indicator.get(i.indicatorId()).weight());
                assertThat(i.direction()).as(i.indicatorId()).isEqualTo(indicator.get(i.indicatorId()).direction());
            }
        }
        assertThat(residential.domains()).filteredOn(Domain::mandatory).extracting(Domain::id)
                .containsExactly("youth_family");
    }
}
