package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gemeente variables on the 2024 division from KWB 2024, crime by type 2024, crime concentration
 * 2023, KWB 2022 and KWB 2021. Older vintages are carried to the 2024 division by {@link MunicipalMergers}.
 */
final class GemeenteVariables {

    private final Path source;
    private final DerivedValues derived;

    GemeenteVariables(Path source, DerivedValues derived) {
        this.source = source;
        this.derived = derived;
    }

    VariableTable build() {
        VariableTable t = VariableTable.withColumns(List.of("population", "households", "pct_15_25",
                "income_per_inhabitant", "woz_value", "population_density", "urbanity_class", "owner_occupied_pct",
                "land_area_km2", "pct_non_european_origin", "crimes_2021", "crimes_2022", "crimes_2023", "crimes_2024", "crimes_2025",
                "threats_2024", "assaults_2024", "street_robbery_2024", "vandalism_2024", "drugs_alcohol_2024",
                "burglary_2024", "crime_gini_2023", "social_minimum_pct_2022", "youth_care_pct_2022",
                "low_income_hh_pct_2022", "labour_participation_pct_2022", "edu_low_2022", "edu_mid_2022",
                "edu_high_2022", "wmo_per_1000_2022", "low_income_persons_pct_2022", "bijstand_per_1000_2021"));
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_crime_gemeente.csv"))) {
            String code = r.get("gm_code");
            t.put(code, "population", r.get("inwoners"));
            t.putKwb(code, r);
            for (String y : BuurtVariables.CRIME_YEARS) {
                t.put(code, "crimes_" + y, r.get("misdrijven_" + y));
            }
        }
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_gemeente.csv"))) {
            t.put(r.get("gemeentecode"), "pct_15_25", r.get("15_25"));
            t.put(r.get("gemeentecode"), "pct_non_european_origin", r.get("pct_herkomst_buiten_europa"));
        }
        for (var r : Csv.readRows(source.resolve("crime/crime_by_type_gemeente_2022_2024.csv"))) {
            if (r.get("jaar").equals("2024") && t.codes().contains(r.get("gm_code"))) {
                String code = r.get("gm_code");
                t.put(code, "threats_2024", r.get("bedreiging"));
                t.put(code, "assaults_2024", r.get("mishandeling"));
                t.put(code, "street_robbery_2024", r.get("straatroof"));
                t.put(code, "vandalism_2024", r.get("vernieling"));
                t.put(code, "drugs_alcohol_2024", r.get("drugs_drank"));
                t.put(code, "burglary_2024", r.get("inbraak_woning"));
            }
        }
        for (var r : Csv.readRows(source.resolve("crime/crime_concentration_gemeente_2023.csv"))) {
            String code = "GM" + r.get("nummer");
            if (t.codes().contains(code)) {
                t.put(code, "crime_gini_2023", r.get("gini_misdaad"));
            }
        }
        addKwb2022(t);
        addTmap2022(t);
        addKwb2021(t);
        return t;
    }

    private void addKwb2022(VariableTable t) {
        var rows = Csv.readRows(source.resolve("indicators/kwb2022_gemeente.csv"));
        Map<String, Double> households = column(rows, "gemeentecode", "huishoudens");
        Map<String, Double> inhabitants = column(rows, "gemeentecode", "aantal_inwoners");
        carry(t, rows, "social_minimum_pct_2022", "pct_rond_sociaal_min", households, "households");
        carry(t, rows, "youth_care_pct_2022", "pct_jeugdzorg", inhabitants, "inhabitants");
        carry(t, rows, "low_income_hh_pct_2022", "pct_hh_laag_inkomen", households, "households");
        carry(t, rows, "labour_participation_pct_2022", "arbeidsparticipatie", inhabitants, "inhabitants");
        carry(t, rows, "wmo_per_1000_2022", "wmo_per_1000", inhabitants, "inhabitants");
        for (String[] edu : new String[][] {{"edu_low_2022", "opl_laag"}, {"edu_mid_2022", "opl_midden"},
                {"edu_high_2022", "opl_hoog"}}) {
            Map<String, Double> counts = column(rows, "gemeentecode", edu[1]);
            for (String code : t.codes()) {
                List<String> parts = MunicipalMergers.FROM_2022.get(code);
                if (parts == null) {
                    t.put(code, edu[0], format(counts.get(code)));
                } else {
                    t.put(code, edu[0], format(MunicipalMergers.sum(parts, counts)));
                    derived.add("gemeente", code, edu[0], "sum of 2022 counts of " + String.join("+", parts));
                }
            }
        }
    }

    private void addTmap2022(VariableTable t) {
        var rows = TmapTables.rows(source.resolve("boundaries/gemeente_2022_kwb_tmap.gpkg"));
        carry(t, rows, "low_income_persons_pct_2022", "income_low", column(rows, "code", "population"),
                "inhabitants", "code");
    }

    private void addKwb2021(VariableTable t) {
        JsonNode all = JsonMapper.builder().build().readTree(source.resolve("indicators/kwb2021_gemeente.json").toFile())
                .get("Gemeente");
        Map<String, Double> bijstand = new HashMap<>();
        Map<String, Double> population = new HashMap<>();
        for (var e : all.properties()) {
            JsonNode v = e.getValue().path("Inequality").path("Bijstand recipients (per 1k)");
            if (v.isNumber()) {
                bijstand.put(e.getKey(), v.asDouble());
            }
            if (e.getValue().path("Population").isNumber()) {
                population.put(e.getKey(), e.getValue().get("Population").asDouble());
            }
        }
        carryValues(t, "bijstand_per_1000_2021", bijstand, population, "inhabitants", MunicipalMergers.FROM_2021, "2021");
    }

    void carry(VariableTable t, List<Map<String, String>> rows, String variable, String column,
            Map<String, Double> weights, String weightName) {
        carry(t, rows, variable, column, weights, weightName, "gemeentecode");
    }

    private void carry(VariableTable t, List<Map<String, String>> rows, String variable, String column,
            Map<String, Double> weights, String weightName, String codeColumn) {
        carryValues(t, variable, column(rows, codeColumn, column), weights, weightName, MunicipalMergers.FROM_2022, "2022");
    }

    private void carryValues(VariableTable t, String variable, Map<String, Double> values, Map<String, Double> weights,
            String weightName, Map<String, List<String>> mergers, String vintage) {
        for (String code : t.codes()) {
            List<String> parts = mergers.get(code);
            if (parts == null) {
                t.put(code, variable, format(values.get(code)));
            } else {
                Double mean = MunicipalMergers.weightedMean(parts, values, weights);
                t.put(code, variable, format(mean));
                if (mean != null) {
                    derived.add("gemeente", code, variable, "mean of " + vintage + " values of "
                            + String.join("+", parts) + " weighted by " + weightName + " (" + vintage + ")");
                }
            }
        }
    }

    static Map<String, Double> column(List<Map<String, String>> rows, String codeColumn, String column) {
        Map<String, Double> values = new HashMap<>();
        for (var r : rows) {
            String v = VariableTable.clean(r.get(column));
            if (!v.isEmpty()) {
                values.put(r.get(codeColumn), Double.parseDouble(v));
            }
        }
        return values;
    }

    static String format(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}
