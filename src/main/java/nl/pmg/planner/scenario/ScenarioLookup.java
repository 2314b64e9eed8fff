package nl.pmg.planner.scenario;

import java.util.List;
import java.util.Optional;
import nl.pmg.planner.selection.SelectionRequest;
import org.springframework.stereotype.Component;

/** A scenario (saved or built-in) for other features, e.g. the methodology report: what it is and what it ran. */
@Component
public class ScenarioLookup {

    /**
     * @param request        the request as run (framework and locked-in members spelled out)
     * @param actuallyChosen for a replay of a past round, the municipalities actually added; empty otherwise
     * @param notes          the scenario's notes (replays), possibly empty
     */
    public record Found(String id, String name, String description, String createdAt, String createdBy,
            boolean builtIn, String dataVintage, SelectionRequest request, List<String> actuallyChosen,
            List<String> notes) {
    }

    private final Scenarios scenarios;

    ScenarioLookup(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** @return the scenario, or empty when there is none with this id */
    public Optional<Found> find(String id) {
        try {
            ScenarioDocument d = scenarios.load(id).document();
            List<String> actual = d.comparison() == null ? List.of()
                    : d.comparison().actuallyAdded().stream().map(ScenarioDocument.Named::code).toList();
            return Optional.of(new Found(d.id(), d.name(), d.description(), d.createdAt(), d.createdBy(), d.builtIn(),
                    d.dataVintage(), d.request(), actual, d.notes() == null ? List.of() : d.notes()));
        } catch (nl.pmg.planner.shared.NotFound e) {
            return Optional.empty();
        }
    }
}
