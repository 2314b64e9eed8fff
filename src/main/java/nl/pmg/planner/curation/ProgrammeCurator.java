package nl.pmg.planner.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * Writes the Preventie met Gezag memberships ({@link MembershipCurator}) and maps the NPLV focus areas
 * to wijk codes where the name identifies exactly one wijk of the municipality; that mapping is marked derived.
 */
final class ProgrammeCurator {

    private final Path source;

    ProgrammeCurator(Path source) {
        this.source = source;
    }

    void write(Path target) throws IOException {
        MembershipCurator.write(source, target);
        List<Map<String, String>> wijken = Csv.readRows(source.resolve("indicators/kwb2024_wijk.csv"));
        StringBuilder out = new StringBuilder("gm_code,gm_naam,focus_area,nplv_since,wk_codes,wk_mapping\n");
        for (var r : Csv.readRows(source.resolve("programme/nplv_focus_areas.csv"))) {
            List<String> codes = match(r.get("gm_code"), r.get("gm_naam"), r.get("focus_area"), wijken);
            out.append(String.join(",", Csv.quote(r.get("gm_code")), Csv.quote(r.get("gm_naam")),
                    Csv.quote(r.get("focus_area")), r.get("nplv_since"), String.join(" ", codes),
                    codes.isEmpty() ? "none" : "derived")).append('\n');
        }
        Files.writeString(target.resolve("nplv_focus_areas.csv"), out, StandardCharsets.UTF_8);
    }

    /** Wijk codes whose name equals one candidate name; empty unless exactly one wijk matches. */
    static List<String> match(String gmCode, String gmName, String focusArea, List<Map<String, String>> wijken) {
        List<String> candidates = new ArrayList<>();
        String name = focusArea.toLowerCase(Locale.ROOT);
        candidates.add(name);
        int paren = name.indexOf('(');
        if (paren > 0) {
            candidates.add(name.substring(0, paren).trim());
            candidates.add(name.substring(paren + 1, name.indexOf(')', paren)).trim());
        }
        String gm = gmName.toLowerCase(Locale.ROOT);
        for (String c : List.copyOf(candidates)) {
            if (c.startsWith(gm + "-") || c.startsWith(gm + " ")) {
                candidates.add(c.substring(gm.length() + 1).trim());
            }
        }
        List<String> hits = new ArrayList<>();
        for (var w : wijken) {
            if (w.get("gm_code").equals(gmCode) && candidates.contains(bareName(w.get("wk_naam")))) {
                hits.add(w.get("wk_code"));
            }
        }
        return hits.size() == 1 ? hits : List.of();
    }

    /** "Wijk 03 Overvecht" → "overvecht": several municipalities number their wijken in the name. */
    static String bareName(String wijkName) {
        return wijkName.toLowerCase(Locale.ROOT).replaceFirst("^wijk \\d+ ", "").trim();
    }
}
