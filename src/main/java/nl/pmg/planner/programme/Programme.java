package nl.pmg.planner.programme;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.stereotype.Component;

/** The current programme: its 27 municipalities by tranche and the 20 NPLV focus areas. */
@Component
public class Programme {

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<FocusArea> focusAreas;

    public Programme(GeodataProperties geodata) {
        for (var r : Csv.readRows(geodata.file("programme/pmg_municipalities.csv"))) {
            members.put(r.get("gm_code"), new Member(r.get("gm_code"), r.get("gm_naam"), r.get("tranche"),
                    Integer.parseInt(r.get("start_year")), r.get("basis"), r.get("source")));
        }
        focusAreas = Csv.readRows(geodata.file("programme/nplv_focus_areas.csv")).stream()
                .map(r -> new FocusArea(r.get("gm_code"), r.get("gm_naam"), r.get("focus_area"),
                        Integer.parseInt(r.get("nplv_since")),
                        r.get("wk_codes").isBlank() ? List.of() : Arrays.asList(r.get("wk_codes").split(" ")),
                        r.get("wk_mapping"), r.get("wk_reason"), r.get("wk_reason_nl")))
                .toList();
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    public Optional<Member> member(String gemeenteCode) {
        return Optional.ofNullable(members.get(gemeenteCode));
    }

    public List<FocusArea> focusAreas() {
        return focusAreas;
    }
}
