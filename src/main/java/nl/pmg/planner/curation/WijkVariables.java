package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.Csv;

/**
 * Wijk variables: KWB 2024 wijk figures, the 15–25 share per wijk, crime summed from buurten (only
 * where every buurt of the wijk has a figure) and the 2022 low-income share where the wijk code is
 * unchanged since 2022.
 */
final class WijkVariables {

    private final Path source;
    private final VariableTable buurten;

    WijkVariables(Path source, VariableTable buurten) {
        this.source = source;
        this.buurten = buurten;
    }

    VariableTable build() {
        VariableTable t = VariableTable.withColumns(List.of("gm_code", "population", "households", "pct_15_25",
                "income_per_inhabitant", "woz_value", "population_density", "urbanity_class", "owner_occupied_pct",
                "land_area_km2", "low_income_persons_pct_2022",
                "crimes_2021", "crimes_2022", "crimes_2023", "crimes_2024", "crimes_2025"));
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_wijk.csv"))) {
            String code = r.get("wk_code");
            t.rows().computeIfAbsent(code, c -> new java.util.LinkedHashMap<>()).put("gm_code", r.get("gm_code"));
            t.put(code, "population", r.get("inwoners"));
            t.putKwb(code, r);
        }
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_wijk_age.csv"))) {
            if (t.rows().containsKey(r.get("wijkcode"))) {
                t.put(r.get("wijkcode"), "pct_15_25", r.get("15_25"));
            }
        }
        Set<String> in2022 = new HashSet<>();
        for (var r : TmapTables.rows(source.resolve("boundaries/wijk_2022_kwb_tmap.gpkg"))) {
            if (t.rows().containsKey(r.get("code"))) {
                t.put(r.get("code"), "low_income_persons_pct_2022", r.get("income_low"));
                in2022.add(r.get("code"));
            }
        }
        // a 2024 wijk code that the 2022 table does not have is "not available", not "withheld by CBS"
        for (String code : t.codes()) {
            if (!in2022.contains(code)) {
                t.putNotInSource(code, "low_income_persons_pct_2022");
            }
        }
        sumCrimeFromBuurten(t);
        return t;
    }

    private void sumCrimeFromBuurten(VariableTable t) {
        for (String year : BuurtVariables.CRIME_YEARS) {
            String variable = "crimes_" + year;
            Map<String, Long> sums = new HashMap<>();
            Set<String> incomplete = new HashSet<>();
            for (String bu : buurten.codes()) {
                String wk = buurten.get(bu, "wk_code");
                String v = buurten.get(bu, variable);
                if (v.isEmpty()) {
                    incomplete.add(wk);
                } else {
                    sums.merge(wk, (long) Double.parseDouble(v), Long::sum);
                }
            }
            for (String wk : t.codes()) {
                if (!incomplete.contains(wk) && sums.containsKey(wk)) {
                    t.put(wk, variable, Long.toString(sums.get(wk)));
                }
            }
        }
    }
}
