package nl.pmg.planner.scenario;

import java.util.List;

/**
 * A saved scenario as the store keeps it. {@code document} is the scenario feature's JSON (request, result
 * and what else it needs to show and compare the scenario); the store does not look inside it. Listings
 * leave {@code document} null.
 *
 * @param createdAt ISO 8601 in UTC, set by the database
 * @param selected  the gemeente codes the scenario adds, in the order of its result
 * @param status    {@code draft} (its author and programme managers see it) or {@code published}
 */
public record StoredScenario(long id, String name, String description, String createdBy, String createdAt,
        String dataVintage, List<String> selected, String status, String document) {

    /** What a caller hands in to save; id and creation time come from the database. */
    public record Draft(String name, String description, String createdBy, String dataVintage,
            List<String> selected, String status, String document) {
    }
}
