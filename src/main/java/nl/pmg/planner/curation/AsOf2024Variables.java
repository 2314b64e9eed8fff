package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * Gemeente variables as they could be known on 1 April 2024, before the regional round of that month:
 * KWB 2023 (population, households, 15–25 share, WOZ, owner-occupied, density; 1 January 2023, on the
 * 2023 division, whose 342 codes are the 2024 ones), registered crime 2021–2023 and crime by type 2023,
 * and what KWB 2023 lacks taken from the latest earlier release: income per inhabitant and urbanity
 * (KWB 2022), the 2021/2022 socio-economic figures, and the crime Gini of 2023.
 */
final class AsOf2024Variables {

    static final List<String> KWB2023 = List.of("population_2023", "households_2023", "pct_15_25_2023",
            "woz_value_2023", "owner_occupied_pct_2023", "population_density_2023");
    static final List<String> FROM_EARLIER = List.of("income_per_inhabitant_2022", "urbanity_class_2022",
            "crimes_2021", "crimes_2022", "social_minimum_pct_2022", "youth_care_pct_2022", "low_income_hh_pct_2022",
            "labour_participation_pct_2022", "edu_low_2022", "edu_mid_2022", "edu_high_2022", "wmo_per_1000_2022",
            "low_income_persons_pct_2022", "bijstand_per_1000_2021", "crime_gini_2023");
    static final List<String> CRIME_2023 = List.of("crimes_2023", "threats_2023", "assaults_2023",
            "street_robbery_2023", "vandalism_2023", "drugs_alcohol_2023", "burglary_2023");

    private final Path source;
    private final DerivedValues derived;

    AsOf2024Variables(Path source, DerivedValues derived) {
        this.source = source;
        this.derived = derived;
    }

    /**
     * @param asOf2023 the spring-2023 table (2022 figures on the 2024 codes)
     * @param latest   the latest gemeente table (crime totals per year on the 2024 division)
     */
    VariableTable build(VariableTable asOf2023, VariableTable latest) {
        List<String> columns = new ArrayList<>(KWB2023);
        columns.addAll(FROM_EARLIER);
        columns.addAll(CRIME_2023);
        VariableTable t = VariableTable.withColumns(columns);
        for (String code : latest.codes()) {
            for (String v : FROM_EARLIER) {
                t.put(code, v, asOf2023.header().contains(v) ? asOf2023.get(code, v) : latest.get(code, v));
            }
            t.put(code, "crimes_2023", latest.get(code, "crimes_2023"));
        }
        for (var r : Csv.readRows(source.resolve("indicators/kwb2023_gemeente.csv"))) {
            String code = r.get("gemeentecode");
            if (!t.codes().contains(code)) {
                continue;
            }
            t.put(code, "population_2023", r.get("aantal_inwoners"));
            t.put(code, "households_2023", r.get("huishoudens"));
            t.put(code, "pct_15_25_2023", r.get("15_25"));
            t.put(code, "woz_value_2023", r.get("gem_woz_waarde"));
            t.put(code, "owner_occupied_pct_2023", r.get("koopwoningen"));
            t.put(code, "population_density_2023", r.get("bevolkingsdichtheid"));
        }
        Map<String, String> types = Map.of("threats_2023", "bedreiging", "assaults_2023", "mishandeling",
                "street_robbery_2023", "straatroof", "vandalism_2023", "vernieling", "drugs_alcohol_2023", "drugs_drank",
                "burglary_2023", "inbraak_woning");
        for (var r : Csv.readRows(source.resolve("crime/crime_by_type_gemeente_2022_2024.csv"))) {
            if (r.get("jaar").equals("2023") && t.codes().contains(r.get("gm_code"))) {
                types.forEach((variable, column) -> t.put(r.get("gm_code"), variable, r.get(column)));
            }
        }
        return new EarlySignalVariables(source, derived).addTo(t, List.of(2022, 2023), List.of(2022, 2023));
    }
}
