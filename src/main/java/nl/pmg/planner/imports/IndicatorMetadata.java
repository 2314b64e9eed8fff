package nl.pmg.planner.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Method;
import nl.pmg.planner.store.IndicatorEntry;

/**
 * The catalogue entry of an analyst's table, from {@code # key: value} lines above the CSV header or
 * from a JSON sidecar with the same keys: id, label_nl, label_en, unit, direction, source, level
 * (required); definition, year, vintage (default 2024), min, max (optional).
 */
record IndicatorMetadata(IndicatorEntry entry, Level level) {

    static final Set<String> KEYS = Set.of("id", "label_nl", "label_en", "definition", "unit", "direction", "source",
            "level", "year", "vintage", "min", "max");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,62}");
    private static final Set<String> DIRECTIONS = Set.of("higher_is_riskier", "lower_is_riskier", "neutral");

    /** Checks the metadata; returns null (and records why) when it cannot describe an indicator. */
    static IndicatorMetadata parse(Map<String, String> m, Problems problems) {
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(0, key, "unknown metadata key '" + key + "'; known: " + String.join(", ", KEYS.stream()
                        .sorted().toList()));
            }
        }
        for (var e : m.entrySet()) {
            if (IndicatorCsvImport.controlCharacter(e.getValue()) >= 0 || e.getValue().length() > 2000) {
                problems.add(0, e.getKey(), "metadata '" + e.getKey() + "' must be text of at most 2,000 characters "
                        + "without control characters");
            }
        }
        for (String key : List.of("id", "label_nl", "label_en", "unit", "direction", "source", "level")) {
            if (m.getOrDefault(key, "").isBlank()) {
                problems.add(0, key, "metadata '" + key + "' is required");
            }
        }
        String id = m.getOrDefault("id", "");
        if (!id.isBlank() && !ID.matcher(id).matches()) {
            problems.add(0, "id", "id must be 2-63 characters a-z, 0-9 and _, starting with a letter");
        }
        String direction = m.getOrDefault("direction", "");
        if (!direction.isBlank() && !DIRECTIONS.contains(direction)) {
            problems.add(0, "direction", "direction must be higher_is_riskier, lower_is_riskier or neutral");
        }
        Level level = Level.ofId(m.getOrDefault("level", "")).orElse(null);
        if (level == null && !m.getOrDefault("level", "").isBlank()) {
            problems.add(0, "level", "level must be gemeente, wijk or buurt");
        }
        Integer vintage = integer(m.getOrDefault("vintage", "2024"), "vintage", problems);
        Double min = number(m.get("min"), "min", problems);
        Double max = number(m.get("max"), "max", problems);
        if (min != null && max != null && min > max) {
            problems.add(0, "min", "min " + min + " is greater than max " + max);
        }
        if (problems.any()) {
            return null;
        }
        Method method = new Method("direct", id, null, null, null, null, null, null);
        Indicator ind = new Indicator(id, m.get("label_nl"), m.get("label_en"), m.get("definition"), m.get("unit"),
                m.get("unit"), m.get("source"), m.get("year"), List.of(level.id()), direction, method);
        return new IndicatorMetadata(new IndicatorEntry(ind, vintage, min, max), level);
    }

    private static Integer integer(String text, String field, Problems problems) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(0, field, field + " must be a year such as 2024, not '" + text + "'");
            return null;
        }
    }

    private static Double number(String text, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Double d = IndicatorCsvImport.number(text);
        if (d == null) {
            problems.add(0, field, field + " must be a finite number, not '" + text + "'");
        }
        return d;
    }
}
