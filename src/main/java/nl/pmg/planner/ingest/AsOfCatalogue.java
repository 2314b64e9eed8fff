package nl.pmg.planner.ingest;

import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the spring-2023 catalogue from the current one: the same indicators at gemeente level,
 * computed from the variables that existed then. An indicator with no earlier source keeps its later
 * variable and says so in {@code laterThanAsOf}, so a replay can state what came from later years.
 */
final class AsOfCatalogue {

    /** Current variable → the variable known in spring 2023. */
    static final Map<String, String> EARLIER = Map.ofEntries(
            Map.entry("population", "population_2022"), Map.entry("households", "households_2022"),
            Map.entry("pct_15_25", "pct_15_25_2022"), Map.entry("income_per_inhabitant", "income_per_inhabitant_2022"),
            Map.entry("woz_value", "woz_value_2022"), Map.entry("owner_occupied_pct", "owner_occupied_pct_2022"),
            Map.entry("population_density", "population_density_2022"), Map.entry("urbanity_class", "urbanity_class_2022"),
            Map.entry("crimes_2024", "crimes_2022"), Map.entry("threats_2024", "threats_2022"),
            Map.entry("assaults_2024", "assaults_2022"), Map.entry("street_robbery_2024", "street_robbery_2022"),
            Map.entry("vandalism_2024", "vandalism_2022"), Map.entry("drugs_alcohol_2024", "drugs_alcohol_2022"),
            Map.entry("burglary_2024", "burglary_2022"));

    private AsOfCatalogue() {
    }

    static void write(Path currentCatalogue, Path target, VariableTable asOf) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode catalogue = (ObjectNode) json.readTree(currentCatalogue.toFile());
        catalogue.put("vintage", "2023 (as known in spring 2023)");
        ArrayNode variables = catalogue.putArray("variables");
        java.util.Set<String> added = new java.util.HashSet<>();
        for (JsonNode v : json.readTree(currentCatalogue.toFile()).get("variables")) {
            String id = v.get("id").asString();
            String earlier = EARLIER.get(id);
            if (!added.add(earlier != null ? earlier : id)) {
                continue; // e.g. crimes_2024 → crimes_2022, which the catalogue lists itself already
            }
            if (earlier != null) {
                ObjectNode e = ((ObjectNode) v.deepCopy()).put("id", earlier).put("year", "2022")
                        .put("source", sourceOf(id));
                retext(e, "label");
                retext(e, "note");
                e.putArray("levels").add("gemeente");
                variables.add(e);
            } else if (asOf.header().contains(id)) {
                variables.add(v);
            }
        }
        ArrayNode indicators = catalogue.putArray("indicators");
        for (JsonNode i : json.readTree(currentCatalogue.toFile()).get("indicators")) {
            ObjectNode ind = (ObjectNode) i.deepCopy();
            if (!TREND_AS_OF.equals(ind.get("id").asString()) && ind.get("method").has("series")) {
                continue; // a trend from 2022 on did not exist yet: only 2021 and 2022 were known
            }
            boolean later = rewrite((ObjectNode) ind.get("method"), asOf);
            if (!asOf.header().containsAll(inputs(ind.get("method")))) {
                continue; // not computable from what was known then (e.g. origin shares 2024)
            }
            ind.putArray("levels").add("gemeente");
            ind.put("laterThanAsOf", later);
            if (!later) {
                boolean trend = ind.get("id").asString().equals(TREND_AS_OF);
                ind.put("year", trend ? "2021-2022" : yearOf(ind));
                if (trend) {
                    ind.put("labelNl", "Trend geregistreerde misdrijven 2021-2022 (zoals bekend in voorjaar 2023)");
                    ind.put("labelEn", "Trend in registered crime 2021-2022 (as known in spring 2023)");
                    ind.put("definition", TREND_DEFINITION);
                } else if (usesEarlierVariables(i.get("method"))) {
                    retext(ind, "definition");
                    retext(ind, "source");
                }
            }
            indicators.add(ind);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), catalogue);
    }

    /** The only trend that can be computed from what was known in spring 2023 (id kept, so frameworks still name it). */
    static final String TREND_AS_OF = "crime_trend_2021_2025";

    static final String TREND_DEFINITION = "Change of registered crime from 2021 to 2022 relative to the mean of the "
            + "two years, in % per year (the least-squares slope of two points is their difference), as known in spring "
            + "2023, when no later year existed. 2021 was a COVID lockdown year with depressed registered crime, so this "
            + "overstates rises. Left missing when the mean is below 20 crimes a year.";

    /**
     * Texts copied from the 2024 catalogue name 2024 where the as-of figure is 2022. Sentences about the default
     * framework (why an indicator is not in it) describe the current figures and keep their year.
     */
    static void retext(ObjectNode node, String field) {
        if (node.hasNonNull(field)) {
            node.put(field, retext(node.get(field).asString()));
        }
    }

    static String retext(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=\\.) ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(sentence.contains("framework") ? sentence : sentence
                    .replace("Kerncijfers wijken en buurten 2024 (85984NED)", "Kerncijfers wijken en buurten 2022")
                    .replace("2024", "2022"));
        }
        return out.toString();
    }

    private static boolean usesEarlierVariables(JsonNode method) {
        return inputs(method).stream().anyMatch(EARLIER::containsKey);
    }

    /** Variables that did not exist yet in spring 2023 but have no earlier substitute here. */
    static final java.util.Set<String> LATER = java.util.Set.of("crime_gini_2023");

    /** Rewrites variable references to earlier ones; true when an input comes from a later year. */
    private static boolean rewrite(ObjectNode method, VariableTable asOf) {
        if (method.has("variable")) {
            String v = method.get("variable").asString();
            method.put("variable", EARLIER.getOrDefault(v, v));
        }
        for (String field : new String[] {"variables", "numerator", "denominator"}) {
            if (method.has(field)) {
                ArrayNode list = method.arrayNode();
                method.get(field).forEach(n -> list.add(EARLIER.getOrDefault(n.asString(), n.asString())));
                method.set(field, list);
            }
        }
        if (method.has("series")) {
            ObjectNode series = method.putObject("series");
            series.put("2021", "crimes_2021");
            series.put("2022", "crimes_2022");
        }
        return inputs(method).stream().anyMatch(LATER::contains);
    }

    private static java.util.List<String> inputs(JsonNode method) {
        java.util.List<String> out = new java.util.ArrayList<>();
        method.properties().forEach(e -> {
            if (e.getValue().isString() && !e.getKey().equals("kind")) {
                out.add(e.getValue().asString());
            } else if (e.getValue().isArray()) {
                e.getValue().forEach(n -> out.add(n.asString()));
            } else if (e.getValue().isObject()) {
                e.getValue().forEach(n -> out.add(n.asString()));
            }
        });
        return out;
    }

    private static String yearOf(ObjectNode ind) {
        String y = ind.get("year").asString();
        return y.equals("2024") ? "2022" : y;
    }

    private static String sourceOf(String currentVariable) {
        return currentVariable.startsWith("crimes") || currentVariable.endsWith("_2024")
                ? "Politie, via CBS (47022NED); by type via AnneVersion/geoinzicht-app"
                : "CBS, Kerncijfers wijken en buurten 2022 (via AnneVersion/geoinzicht-app)";
    }
}
