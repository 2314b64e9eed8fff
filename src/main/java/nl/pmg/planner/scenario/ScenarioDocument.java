package nl.pmg.planner.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.pmg.planner.selection.Selection;
import nl.pmg.planner.selection.SelectionRequest;

/**
 * A scenario as {@code GET /api/scenarios/{id}} serves it. {@code request} is the request as run, with the
 * framework and locked-in municipalities filled in when the caller left them to their defaults, so that the
 * scenario stays reproducible when the defaults change. {@code comparison} and {@code notes} belong to
 * built-in scenarios only.
 */
record ScenarioDocument(String id, String name, String description, String createdAt, String createdBy,
        String dataVintage, boolean builtIn, String status, SelectionRequest request, Selection result, List<Link> links,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReplayComparison comparison,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> notes) {

    record Link(String rel, String href) {
    }

    static List<Link> links(String id) {
        return List.of(new Link("self", "/api/scenarios/" + id), new Link("permalink", "/?scenario=" + id));
    }

    /**
     * One line of the scenario list. {@code added} is the number of municipalities the scenario adds;
     * {@code selected} their codes, null for a built-in replay not yet computed on this instance (it is computed
     * when first opened, so that listing stays cheap); {@code status} is draft or published.
     */
    record Summary(String id, String name, String createdAt, String createdBy, String dataVintage, boolean builtIn,
            String status, List<String> selected, int added) {
    }

    /**
     * How the model's additions compare with what was actually decided (built-in replay scenarios).
     * {@code inCommon} is how many of the model's picks were actually chosen in this round.
     */
    record ReplayComparison(List<Named> actuallyAdded, List<Named> modelAdded, List<Named> both,
            List<Named> onlyModel, List<Named> onlyActual, List<RankedArea> actualRanks, int inCommon,
            SeenEarly seenEarly) {
    }

    /**
     * The model's picks of this round that were chosen in a later round ({@code laterTranches}; empty while no
     * later round exists): the model saw them early.
     */
    record SeenEarly(List<String> laterTranches, List<Named> areas, int count, int of) {
    }

    record Named(String code, String name) {
    }

    /** {@code rank}: national gemeente rank under the model (1 = highest risk, 0 = not scored). */
    record RankedArea(String code, String name, int rank) {
    }
}
