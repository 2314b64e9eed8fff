package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/**
 * The counts behind the prevention pathway's growth signals, per gemeente on the 2024 division:
 * {@code young_people_YYYY}, inhabitants × the published share aged 15–25 (an estimate: CBS rounds
 * the share to whole percentages), and {@code violent_YYYY}, registered threats + assaults + street
 * robberies (crime by type), kept only where that table's total equals the 47022NED total on the 2024
 * division, so that a row never covers a different territory. Older divisions are carried over by
 * {@link MunicipalMergers} as sums of the parts' counts.
 */
final class EarlySignalVariables {

    static final List<String> VIOLENT = List.of("bedreiging", "mishandeling", "straatroof");

    private final Path source;
    private final DerivedValues derived;

    EarlySignalVariables(Path source, DerivedValues derived) {
        this.source = source;
        this.derived = derived;
    }

    static List<String> columns(List<Integer> youngYears, List<Integer> violentYears) {
        List<String> out = new ArrayList<>();
        youngYears.forEach(y -> out.add("young_people_" + y));
        violentYears.forEach(y -> out.add("violent_" + y));
        return out;
    }

    /** {@code t} with the columns for the given years added and filled. */
    VariableTable addTo(VariableTable t, List<Integer> youngYears, List<Integer> violentYears) {
        VariableTable out = t.withMore(columns(youngYears, violentYears));
        for (int year : youngYears) {
            young(out, year);
        }
        Map<Integer, Map<String, Double>> violent = violent(violentYears);
        for (int year : violentYears) {
            for (String code : out.codes()) {
                out.put(code, "violent_" + year, GemeenteVariables.format(violent.get(year).get(code)));
            }
        }
        return out;
    }

    private void young(VariableTable t, int year) {
        String file = switch (year) {
            case 2022 -> "indicators/kwb2022_gemeente.csv";
            case 2023 -> "indicators/kwb2023_gemeente.csv";
            case 2024 -> "indicators/kwb2024_gemeente.csv";
            default -> throw new IllegalArgumentException("no age shares for " + year);
        };
        Map<String, Double> young = new HashMap<>();
        for (var r : Csv.readRows(source.resolve(file))) {
            String pop = VariableTable.clean(r.get("aantal_inwoners"));
            String share = VariableTable.clean(r.get("15_25"));
            if (!pop.isEmpty() && !share.isEmpty()) {
                young.put(r.get("gemeentecode"), (double) Math.round(Double.parseDouble(pop) * Double.parseDouble(share) / 100));
            }
        }
        Map<String, List<String>> mergers = year == 2022 ? MunicipalMergers.FROM_2022 : Map.of();
        for (String code : t.codes()) {
            List<String> parts = mergers.getOrDefault(code, List.of(code));
            t.put(code, "young_people_" + year, GemeenteVariables.format(MunicipalMergers.sum(parts, young)));
            if (parts.size() > 1) {
                derived.add("gemeente", code, "young_people_" + year, "sum of " + year + " estimates of "
                        + String.join("+", parts));
            }
        }
    }

    /** year → 2024 code → violent crimes, where the by-type total matches the 2024-division total. */
    private Map<Integer, Map<String, Double>> violent(List<Integer> years) {
        Map<Integer, Map<String, Double>> totals = new HashMap<>();
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_crime_gemeente.csv"))) {
            for (int y : years) {
                String v = VariableTable.clean(r.get("misdrijven_" + y));
                if (!v.isEmpty()) {
                    totals.computeIfAbsent(y, k -> new HashMap<>()).put(r.get("gm_code"), Double.parseDouble(v));
                }
            }
        }
        Map<Integer, Map<String, Double>> out = new HashMap<>();
        years.forEach(y -> out.put(y, new HashMap<>()));
        for (var r : Csv.readRows(source.resolve("crime/crime_by_type_gemeente_2022_2024.csv"))) {
            int y = Integer.parseInt(r.get("jaar"));
            Double total = totals.getOrDefault(y, Map.of()).get(r.get("gm_code"));
            if (!out.containsKey(y) || total == null || total != Double.parseDouble(r.get("totaal_misdrijven"))) {
                continue;
            }
            double sum = 0;
            for (String c : VIOLENT) {
                sum += Double.parseDouble(r.get(c));
            }
            out.get(y).put(r.get("gm_code"), sum);
        }
        return out;
    }
}
