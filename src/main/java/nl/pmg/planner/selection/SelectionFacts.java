package nl.pmg.planner.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a selection's answer states about how it was made: what each cap counted, the places per pathway. */
final class SelectionFacts {

    private SelectionFacts() {
    }

    /** What each active cap family counted: {@code additions} or {@code programme}. */
    static Map<String, String> capCounting(Problem p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Family f : p.activeFamilies()) {
            if (Problem.regionOf(f) != null || f == Family.SMALL_MUNICIPALITIES) {
                out.put(f.field(), p.countsProgramme(f) ? "programme" : "additions");
            }
        }
        return out;
    }

    /** The places reserved and taken per pathway; null when the request reserves none. */
    static Selection.PathwaySummary pathways(Problem p, List<Selection.Selected> selected) {
        Constraints.Pathways w = p.pathways();
        if (w == null) {
            return null;
        }
        int prevention = (int) selected.stream().filter(s -> Pathway.PREVENTION.id().equals(s.pathway())).count();
        return new Selection.PathwaySummary(w.reserved(Pathway.SEVERITY), w.reserved(Pathway.PREVENTION),
                selected.size() - prevention, prevention, PreventionScores.FRAMEWORK.id(),
                PreventionScores.FRAMEWORK.version());
    }
}
