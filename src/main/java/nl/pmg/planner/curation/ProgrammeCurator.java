package nl.pmg.planner.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * Writes the Preventie met Gezag memberships ({@link MembershipCurator}) and maps the NPLV focus areas to wijk
 * codes as decided in {@link FocusAreaWijken} (by name where the names correspond); that mapping is marked derived,
 * with its reason in English and Dutch.
 */
final class ProgrammeCurator {

    private final Path source;

    ProgrammeCurator(Path source) {
        this.source = source;
    }

    void write(Path target) throws IOException {
        MembershipCurator.write(source, target);
        List<Map<String, String>> wijken = Csv.readRows(source.resolve("indicators/kwb2024_wijk.csv"));
        StringBuilder out = new StringBuilder("gm_code,gm_naam,focus_area,nplv_since,wk_codes,wk_mapping,wk_reason,wk_reason_nl\n");
        for (var r : Csv.readRows(source.resolve("programme/nplv_focus_areas.csv"))) {
            FocusAreaWijken.Mapping m = FocusAreaWijken.MAPPINGS.get(r.get("focus_area"));
            if (m == null || m.reasonNl(r.get("focus_area")) == null) {
                throw new IllegalStateException("no wijk mapping (with reasons in English and Dutch) for " + r.get("focus_area"));
            }
            List<String> codes = codes(r.get("gm_code"), r.get("focus_area"), m, wijken);
            out.append(String.join(",", Csv.quote(r.get("gm_code")), Csv.quote(r.get("gm_naam")),
                    Csv.quote(r.get("focus_area")), r.get("nplv_since"), String.join(" ", codes),
                    codes.isEmpty() ? "none" : "derived", Csv.quote(m.reason()),
                    Csv.quote(m.reasonNl(r.get("focus_area"))))).append('\n');
        }
        Files.writeString(target.resolve("nplv_focus_areas.csv"), out, StandardCharsets.UTF_8);
    }

    /** The wijk codes of a mapping; fails when a named wijk is not in the gemeente, so a typo cannot drop a wijk. */
    static List<String> codes(String gmCode, String focusArea, FocusAreaWijken.Mapping m, List<Map<String, String>> wijken) {
        String prefix = FocusAreaWijken.CODE_PREFIX.get(focusArea);
        List<String> hits = new ArrayList<>();
        for (var w : wijken) {
            if (w.get("gm_code").equals(gmCode) && (prefix != null ? w.get("wk_code").startsWith(prefix)
                    : m.wijkNames().contains(w.get("wk_naam")))) {
                hits.add(w.get("wk_code"));
            }
        }
        if (prefix == null && hits.size() != m.wijkNames().size()) {
            throw new IllegalStateException(focusArea + ": " + hits.size() + " of " + m.wijkNames().size()
                    + " named wijken found in " + gmCode);
        }
        return hits.stream().sorted().toList();
    }
}
