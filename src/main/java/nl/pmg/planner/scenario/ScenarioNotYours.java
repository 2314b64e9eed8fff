package nl.pmg.planner.scenario;

import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import nl.pmg.planner.shared.Text;
import org.springframework.http.HttpStatus;

/** Only a scenario's author or a programme manager may publish it. */
class ScenarioNotYours extends ApiProblem {

    private final String id;

    ScenarioNotYours(String id) {
        super(HttpStatus.FORBIDDEN, "scenario-not-yours", "Only the author of scenario '" + Text.shorten(id)
                + "' or a programme manager may publish it.");
        this.id = id;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("scenarioId", id);
    }
}
