package nl.pmg.planner.scenario;

import nl.pmg.planner.selection.SelectionRequest;

/**
 * Body of {@code POST /api/scenarios}: a name, an optional description and the selection request to run
 * and save (the same body as {@code POST /api/selections}, {@code asOf} included).
 */
record ScenarioRequest(String name, String description, SelectionRequest request) {
}
