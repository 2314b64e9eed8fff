package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * Gemeente variables as they could be known in spring 2023, on the 2023 division (342 gemeenten,
 * the same codes as 2024): KWB 2022 figures, registered crime 2021 and 2022, crime by type 2022, and
 * the 2021/2022 socio-economic figures. Used to replay the 2023 expansion of the programme.
 */
final class AsOf2023Variables {

    static final List<String> KWB2022 = List.of("population_2022", "households_2022", "pct_15_25_2022",
            "income_per_inhabitant_2022", "woz_value_2022", "owner_occupied_pct_2022", "population_density_2022",
            "urbanity_class_2022");

    private final Path source;
    private final GemeenteVariables current;
    private final DerivedValues derived;

    AsOf2023Variables(Path source, DerivedValues derived) {
        this.source = source;
        this.current = new GemeenteVariables(source, derived);
        this.derived = derived;
    }

    VariableTable build(VariableTable latest) {
        List<String> columns = new java.util.ArrayList<>(KWB2022);
        columns.addAll(List.of("crimes_2021", "crimes_2022", "threats_2022", "assaults_2022", "street_robbery_2022",
                "vandalism_2022", "drugs_alcohol_2022", "burglary_2022", "social_minimum_pct_2022", "youth_care_pct_2022",
                "low_income_hh_pct_2022", "labour_participation_pct_2022", "edu_low_2022", "edu_mid_2022",
                "edu_high_2022", "wmo_per_1000_2022", "low_income_persons_pct_2022", "bijstand_per_1000_2021",
                "crime_gini_2023"));
        VariableTable t = VariableTable.withColumns(columns);
        for (String code : latest.codes()) {
            for (String v : columns) {
                if (latest.header().contains(v)) {
                    t.put(code, v, latest.get(code, v));
                }
            }
        }
        var kwb = Csv.readRows(source.resolve("indicators/kwb2022_gemeente.csv"));
        Map<String, Double> inhabitants = GemeenteVariables.column(kwb, "gemeentecode", "aantal_inwoners");
        Map<String, Double> households = GemeenteVariables.column(kwb, "gemeentecode", "huishoudens");
        sum(t, "population_2022", inhabitants, derived);
        sum(t, "households_2022", households, derived);
        current.carry(t, kwb, "pct_15_25_2022", "15_25", inhabitants, "inhabitants");
        current.carry(t, kwb, "income_per_inhabitant_2022", "gem_inkomen_inwoner", inhabitants, "inhabitants");
        current.carry(t, kwb, "woz_value_2022", "gem_woz_waarde", households, "households");
        current.carry(t, kwb, "owner_occupied_pct_2022", "koopwoningen", households, "households");
        Map<String, Double> land = new java.util.HashMap<>();
        GemeenteVariables.column(kwb, "gemeentecode", "bevolkingsdichtheid").forEach((code, density) -> {
            if (density > 0 && inhabitants.containsKey(code)) {
                land.put(code, inhabitants.get(code) / density);
            }
        });
        for (String code : t.codes()) {
            List<String> parts = MunicipalMergers.FROM_2022.getOrDefault(code, List.of(code));
            Double pop = MunicipalMergers.sum(parts, inhabitants);
            Double km2 = MunicipalMergers.sum(parts, land);
            t.put(code, "population_density_2022", pop == null || km2 == null ? "" : GemeenteVariables.format((double) Math.round(pop / km2)));
            if (parts.size() > 1) {
                derived.add("gemeente", code, "population_density_2022", "inhabitants / land area summed over "
                        + String.join("+", parts) + " (2022)");
            }
            // an urbanity class cannot be averaged: merged gemeenten stay blank
            t.put(code, "urbanity_class_2022", parts.size() == 1
                    ? GemeenteVariables.format(GemeenteVariables.column(kwb, "gemeentecode", "stedelijkheid").get(code)) : "");
        }
        for (var r : Csv.readRows(source.resolve("crime/crime_by_type_gemeente_2022_2024.csv"))) {
            if (r.get("jaar").equals("2022") && t.codes().contains(r.get("gm_code"))) {
                String code = r.get("gm_code");
                t.put(code, "threats_2022", r.get("bedreiging"));
                t.put(code, "assaults_2022", r.get("mishandeling"));
                t.put(code, "street_robbery_2022", r.get("straatroof"));
                t.put(code, "vandalism_2022", r.get("vernieling"));
                t.put(code, "drugs_alcohol_2022", r.get("drugs_drank"));
                t.put(code, "burglary_2022", r.get("inbraak_woning"));
            }
        }
        return t;
    }

    private static void sum(VariableTable t, String variable, Map<String, Double> counts, DerivedValues derived) {
        for (String code : t.codes()) {
            List<String> parts = MunicipalMergers.FROM_2022.getOrDefault(code, List.of(code));
            t.put(code, variable, GemeenteVariables.format(MunicipalMergers.sum(parts, counts)));
            if (parts.size() > 1) {
                derived.add("gemeente", code, variable, "sum of 2022 counts of " + String.join("+", parts));
            }
        }
    }
}
