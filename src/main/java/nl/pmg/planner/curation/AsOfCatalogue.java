package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives an as-of catalogue from the current one: the same indicators at gemeente level, computed from
 * the variables that existed at the as-of date. An indicator with no earlier source keeps its later
 * variable and says so in {@code laterThanAsOf}, so a replay can state what came from later years; one
 * that cannot be computed from the as-of variables (e.g. a trend with fewer than two years) is left out.
 * An indicator's year is the span of the years of the variables it reads.
 */
final class AsOfCatalogue {

    /**
     * What one as-of data set knows.
     *
     * @param vintage the catalogue's {@code vintage} text
     * @param earlier current variable → the variable known at the as-of date
     * @param later   variables that did not exist yet at the as-of date but have no earlier substitute
     */
    record Spec(String vintage, Map<String, String> earlier, Set<String> later) {
    }

    /** Spring 2023: KWB 2022, crime 2021–2022. */
    static final Spec SPRING_2023 = new Spec("2023 (as known in spring 2023)", Map.ofEntries(
            Map.entry("population", "population_2022"), Map.entry("households", "households_2022"),
            Map.entry("pct_15_25", "pct_15_25_2022"), Map.entry("income_per_inhabitant", "income_per_inhabitant_2022"),
            Map.entry("woz_value", "woz_value_2022"), Map.entry("owner_occupied_pct", "owner_occupied_pct_2022"),
            Map.entry("population_density", "population_density_2022"), Map.entry("urbanity_class", "urbanity_class_2022"),
            Map.entry("crimes_2024", "crimes_2022"), Map.entry("threats_2024", "threats_2022"),
            Map.entry("assaults_2024", "assaults_2022"), Map.entry("street_robbery_2024", "street_robbery_2022"),
            Map.entry("vandalism_2024", "vandalism_2022"), Map.entry("drugs_alcohol_2024", "drugs_alcohol_2022"),
            Map.entry("burglary_2024", "burglary_2022")), Set.of("crime_gini_2023"));

    /** 1 April 2024: KWB 2023, crime 2021–2023; income and urbanity still from KWB 2022. */
    static final Spec APRIL_2024 = new Spec("2024 (as known on 1 April 2024)", Map.ofEntries(
            Map.entry("population", "population_2023"), Map.entry("households", "households_2023"),
            Map.entry("pct_15_25", "pct_15_25_2023"), Map.entry("income_per_inhabitant", "income_per_inhabitant_2022"),
            Map.entry("woz_value", "woz_value_2023"), Map.entry("owner_occupied_pct", "owner_occupied_pct_2023"),
            Map.entry("population_density", "population_density_2023"), Map.entry("urbanity_class", "urbanity_class_2022"),
            Map.entry("crimes_2024", "crimes_2023"), Map.entry("threats_2024", "threats_2023"),
            Map.entry("assaults_2024", "assaults_2023"), Map.entry("street_robbery_2024", "street_robbery_2023"),
            Map.entry("vandalism_2024", "vandalism_2023"), Map.entry("drugs_alcohol_2024", "drugs_alcohol_2023"),
            Map.entry("burglary_2024", "burglary_2023"), Map.entry("young_people_2024", "young_people_2023"),
            Map.entry("violent_2024", "violent_2023")), Set.of());

    private AsOfCatalogue() {
    }

    static void write(Path currentCatalogue, Path target, VariableTable asOf, Spec spec) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode current = json.readTree(currentCatalogue.toFile());
        ObjectNode catalogue = (ObjectNode) current.deepCopy();
        catalogue.put("vintage", spec.vintage());
        ArrayNode variables = catalogue.putArray("variables");
        Map<String, String> yearOf = new TreeMap<>();
        Set<String> added = new HashSet<>();
        for (JsonNode v : current.get("variables")) {
            String id = v.get("id").asString();
            String earlier = spec.earlier().get(id);
            String asOfId = earlier != null ? earlier : id;
            if (!asOf.header().contains(asOfId) || !added.add(asOfId)) {
                continue; // not known then, or listed already (e.g. crimes_2024 → crimes_2022, listed itself)
            }
            ObjectNode e = (ObjectNode) v.deepCopy();
            if (earlier != null) {
                e.put("id", earlier).put("year", year(earlier)).put("source", sourceOf(id, earlier));
                e.putArray("levels").add("gemeente");
            }
            variables.add(e);
            yearOf.put(asOfId, e.get("year").asString());
        }
        ArrayNode indicators = catalogue.putArray("indicators");
        for (JsonNode i : current.get("indicators")) {
            ObjectNode ind = (ObjectNode) i.deepCopy();
            ObjectNode method = (ObjectNode) ind.get("method");
            rewrite(method, asOf, spec);
            List<String> inputs = inputs(method);
            if (inputs.isEmpty() || !asOf.header().containsAll(inputs)
                    || method.has("series") && method.get("series").size() < 2) {
                continue; // not computable from what was known then (e.g. origin shares 2024)
            }
            ind.putArray("levels").add("gemeente");
            ind.put("laterThanAsOf", inputs.stream().anyMatch(spec.later()::contains));
            ind.put("year", span(inputs.stream().map(yearOf::get).toList()));
            indicators.add(ind);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), catalogue);
    }

    /** Rewrites variable references to earlier ones; a series keeps the years the as-of data has. */
    private static void rewrite(ObjectNode method, VariableTable asOf, Spec spec) {
        if (method.has("variable")) {
            String v = method.get("variable").asString();
            method.put("variable", spec.earlier().getOrDefault(v, v));
        }
        for (String field : new String[] {"variables", "numerator", "denominator"}) {
            if (method.has(field)) {
                ArrayNode list = method.arrayNode();
                method.get(field).forEach(n -> list.add(spec.earlier().getOrDefault(n.asString(), n.asString())));
                method.set(field, list);
            }
        }
        if (method.has("series")) {
            Map<String, String> kept = new TreeMap<>();
            method.get("series").properties().forEach(e -> {
                String v = e.getValue().asString();
                String earlier = spec.earlier().get(v);
                if (asOf.header().contains(v)) {
                    kept.put(e.getKey(), v);
                } else if (earlier != null && asOf.header().contains(earlier)) {
                    kept.putIfAbsent(year(earlier), earlier);
                }
            });
            ObjectNode series = method.putObject("series");
            kept.forEach(series::put);
        }
    }

    private static List<String> inputs(JsonNode method) {
        List<String> out = new ArrayList<>();
        method.properties().forEach(e -> {
            if (e.getValue().isString() && !e.getKey().equals("kind")) {
                out.add(e.getValue().asString());
            } else if (e.getValue().isArray() || e.getValue().isObject()) {
                e.getValue().forEach(n -> out.add(n.asString()));
            }
        });
        return out;
    }

    /** "2022" for one year, "2021-2023" for several. */
    static String span(List<String> years) {
        List<String> sorted = years.stream().filter(y -> y != null).distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        return sorted.size() == 1 ? sorted.get(0) : sorted.get(0) + "-" + sorted.get(sorted.size() - 1);
    }

    /** The year in a variable id such as {@code crimes_2022}. */
    static String year(String variable) {
        return variable.substring(variable.length() - 4);
    }

    private static String sourceOf(String currentVariable, String earlier) {
        String y = year(earlier);
        return currentVariable.startsWith("crimes") || currentVariable.startsWith("violent")
                || currentVariable.endsWith("_2024") && !currentVariable.startsWith("young")
                ? "Politie, via CBS (47022NED); by type via AnneVersion/geoinzicht-app"
                : "CBS, Kerncijfers wijken en buurten " + y + " (via AnneVersion/geoinzicht-app)";
    }
}
