package nl.pmg.planner.curation;

import java.util.List;
import java.util.Map;

/**
 * Carries a count published on an older municipal division to a 2024 gemeente: the code itself
 * when it existed unchanged, else the sum of the parts that merged into it. Only counts are carried;
 * a rate is then recomputed from carried counts, because averaging the parts' rates would weight a
 * small municipality as heavily as a large one.
 */
final class DivisionMapping {

    /** A carried count: null value = the series cannot be mapped for this year (shown as broken). */
    record Mapped(Double value, boolean derived, String note) {
    }

    private DivisionMapping() {
    }

    /**
     * @param code2024 the 2024 gemeente code
     * @param counts   code on the older division → count (absent or null = not published)
     * @param mergers  2024 code → the older codes that form it (see {@link MunicipalMergers})
     * @param what     what the count is, for the note (e.g. "population 1 Jan 2022 (KWB 2022)")
     */
    static Mapped count(String code2024, Map<String, Double> counts, Map<String, List<String>> mergers, String what) {
        List<String> parts = mergers.get(code2024);
        if (parts == null) {
            Double v = counts.get(code2024);
            return v == null ? new Mapped(null, false, what + ": not in the source")
                    : new Mapped(v, false, "");
        }
        Double sum = MunicipalMergers.sum(parts, counts);
        String partList = String.join("+", parts);
        if (sum == null) {
            return new Mapped(null, false, what + ": a part of " + partList + " is not in the source");
        }
        return new Mapped(sum, true, what + " = " + partList);
    }
}
