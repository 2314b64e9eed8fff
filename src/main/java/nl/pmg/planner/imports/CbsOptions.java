package nl.pmg.planner.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sidecar keys that only a CBS table needs, taken out of the metadata before the planner's own keys are
 * checked: {@code measure} (the measure column or code to import; optional when the table has one),
 * {@code where} (other dimensions to keep, e.g. {@code Geslacht=T001038; Leeftijd=10000}), {@code denominator}
 * and {@code per} (compute a rate from a count: value ÷ our indicator {@code denominator} × {@code per}),
 * {@code table_id} and {@code table_title} (when the file does not say).
 */
record CbsOptions(String measure, Map<String, String> where, String denominator, Double per, String tableId,
        String tableTitle) {

    static final Set<String> KEYS = Set.of("measure", "where", "denominator", "per", "table_id", "table_title");

    /** Removes the CBS keys from {@code metadata} and checks them; problems are recorded at row 0. */
    static CbsOptions take(Map<String, String> metadata, Problems problems) {
        Map<String, String> where = new LinkedHashMap<>();
        String w = metadata.remove("where");
        if (w != null && !w.isBlank()) {
            for (String part : w.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    problems.add(0, "where", "where lists dimension=code pairs separated by ';', e.g. "
                            + "Geslacht=T001038; Leeftijd=10000");
                } else {
                    where.put(kv[0].strip(), kv[1].strip());
                }
            }
        }
        String denominator = blankToNull(metadata.remove("denominator"));
        String perText = blankToNull(metadata.remove("per"));
        Double per = perText == null ? null : IndicatorCsvImport.number(perText);
        if (perText != null && (per == null || per <= 0)) {
            problems.add(0, "per", "per must be a positive number such as 1000, not '" + perText + "'");
        }
        if (denominator == null && per != null) {
            problems.add(0, "denominator", "per needs a denominator (an indicator id such as young_people_15_25)");
        }
        return new CbsOptions(blankToNull(metadata.remove("measure")), where, denominator,
                denominator != null && per == null ? Double.valueOf(1) : per, blankToNull(metadata.remove("table_id")),
                blankToNull(metadata.remove("table_title")));
    }

    boolean derived() {
        return denominator != null;
    }

    /** The source line for the catalogue: the table id and title as CBS gives them. */
    static String source(String tableId, String title) {
        String id = tableId == null ? "table id unknown" : tableId;
        return "CBS " + id + (title == null ? "" : " — " + title) + " (imported as downloaded from CBS)";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
