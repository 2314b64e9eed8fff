package nl.pmg.planner.scenario;

import nl.pmg.planner.selection.SelectionRequest;

/**
 * Body of {@code POST /api/scenarios}: a name, an optional description, the selection request to run and
 * save (the same body as {@code POST /api/selections}, {@code asOf} included) and {@code status}: draft
 * (the default: only its author and programme managers see it) or published.
 */
record ScenarioRequest(String name, String description, SelectionRequest request, String status) {
}
