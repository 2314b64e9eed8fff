package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import org.springframework.stereotype.Component;

/**
 * The regions the cap families know, with the ids a request's {@code overrides} use and the names people
 * read: provinces and police units by CBS/BZK code, RIECs by name (they have no code). For the scenario panel.
 */
@Component
class CapRegions {

    record Region(String id, String name) {
    }

    private final Areas areas;

    CapRegions(Areas areas) {
        this.areas = areas;
    }

    Map<String, List<Region>> all() {
        Map<String, String> provinces = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        Map<String, String> riecs = new TreeMap<>();
        for (Area g : areas.list(Level.GEMEENTE)) {
            var r = g.regions();
            if (r != null) {
                provinces.put(r.provinceCode(), r.provinceName());
                units.put(r.policeUnitCode(), r.policeUnitName());
                riecs.put(r.riecName(), r.riecName());
            }
        }
        Map<String, List<Region>> out = new LinkedHashMap<>();
        out.put(Family.PROVINCE.field(), list(provinces));
        out.put(Family.POLICE_UNIT.field(), list(units));
        out.put(Family.RIEC.field(), list(riecs));
        return out;
    }

    /** Region id → name over every family, for messages. */
    Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        all().values().forEach(list -> list.forEach(r -> names.put(r.id(), r.name())));
        return names;
    }

    private static List<Region> list(Map<String, String> byId) {
        List<Region> out = new ArrayList<>();
        byId.forEach((id, name) -> out.add(new Region(id, name)));
        out.sort(java.util.Comparator.comparing(Region::name));
        return out;
    }
}
