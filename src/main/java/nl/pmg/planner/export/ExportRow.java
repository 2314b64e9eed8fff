package nl.pmg.planner.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Published;

/**
 * One exported area: its attributes in column order (snake_case, so they survive shapefile-minded
 * tools) and its RD New geometry. Indicator columns are followed by {@code <id>_status}; a missing
 * value stays empty, never 0.
 */
record ExportRow(Area area, Map<String, Object> attributes) {

    static final List<String> BASE = List.of("code", "name", "level", "gemeente", "wijk", "province",
            "programme_tranche", "approximate_boundary");

    /** @param trancheOf a gemeente code → its programme tranche today, or null when it is not in the programme */
    static ExportRow of(Area a, List<String> indicators, Map<String, Map<String, Published>> values,
            java.util.function.Function<String, String> trancheOf) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", a.code());
        p.put("name", a.name());
        p.put("level", a.level().id());
        p.put("gemeente", a.gemeenteCode());
        p.put("wijk", a.level() == Level.GEMEENTE ? null : a.wijkCode());
        p.put("province", a.regions() == null ? null : a.regions().provinceName());
        p.put("programme_tranche", a.level() == Level.GEMEENTE ? trancheOf.apply(a.code()) : null);
        p.put("approximate_boundary", a.approximateBoundary());
        for (String id : indicators) {
            Published v = values.get(id).get(a.code());
            p.put(id, v == null ? null : v.value());
            p.put(id + "_status", v == null ? "missing" : v.status().id());
        }
        return new ExportRow(a, p);
    }

    static List<String> columns(List<String> indicators) {
        List<String> cols = new java.util.ArrayList<>(BASE);
        for (String id : indicators) {
            cols.add(id);
            cols.add(id + "_status");
        }
        return cols;
    }
}
