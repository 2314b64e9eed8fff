package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/** Buurt variables from KWB 2024 (via loukanton/woonikveilig) and population per buurt 2024. */
final class BuurtVariables {

    static final List<String> CRIME_YEARS = List.of("2021", "2022", "2023", "2024", "2025");

    private final Path source;

    /** Land area in km² from whole hectares: KWB's km² column has one decimal, too coarse for small buurten. */
    static String landAreaKm2(String hectares) {
        String ha = VariableTable.clean(hectares);
        return ha.isEmpty() ? "" : GemeenteVariables.format(Double.parseDouble(ha) / 100);
    }

    BuurtVariables(Path source) {
        this.source = source;
    }

    VariableTable build() {
        VariableTable t = VariableTable.withColumns(List.of("wk_code", "gm_code", "population", "households",
                "income_per_inhabitant", "woz_value", "population_density", "urbanity_class", "owner_occupied_pct",
                "land_area_km2", "crimes_2021", "crimes_2022", "crimes_2023", "crimes_2024", "crimes_2025"));
        Map<String, String> population = new HashMap<>();
        for (var r : Csv.readRows(source.resolve("indicators/population_buurt_2024.csv"))) {
            population.put(r.get("nhood_id"), r.get("population"));
        }
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_crime_buurt.csv"))) {
            String code = r.get("bu_code");
            t.rows().computeIfAbsent(code, c -> new java.util.LinkedHashMap<>()).put("wk_code", r.get("wk_code"));
            t.rows().get(code).put("gm_code", r.get("gm_code"));
            t.put(code, "population", population.get(code));
            t.putKwb(code, r);
            for (String y : CRIME_YEARS) {
                t.put(code, "crimes_" + y, r.get("misdrijven_" + y));
            }
        }
        return t;
    }
}
