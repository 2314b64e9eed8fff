package nl.pmg.planner.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A wide table of source variables: one row per area code (in the order added), one column per
 * variable; a blank cell means no value. Numbers are written as the source gave them.
 */
record VariableTable(List<String> header, Map<String, Map<String, String>> rows) {

    static VariableTable withColumns(List<String> variables) {
        List<String> header = new ArrayList<>();
        header.add("code");
        header.addAll(variables);
        return new VariableTable(header, new LinkedHashMap<>());
    }

    /**
     * Written for an area that the source table does not contain at all (e.g. a wijk code created after the table's
     * year), so that it is served as "not available" (missing) rather than as a blank, which means "withheld by CBS".
     */
    static final String NOT_IN_SOURCE = "n/a";

    /** Marks the cell as {@link #NOT_IN_SOURCE}. */
    void putNotInSource(String code, String variable) {
        if (!header.contains(variable)) {
            throw new IllegalArgumentException("unknown variable " + variable);
        }
        rows.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(variable, NOT_IN_SOURCE);
    }

    /** This table with more (empty) columns at the end; the rows are shared, not copied. */
    VariableTable withMore(List<String> variables) {
        List<String> more = new ArrayList<>(header);
        variables.stream().filter(v -> !header.contains(v)).forEach(more::add);
        return new VariableTable(more, rows);
    }

    void put(String code, String variable, String value) {
        if (!header.contains(variable)) {
            throw new IllegalArgumentException("unknown variable " + variable);
        }
        rows.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(variable, clean(value));
    }

    /**
     * The KWB 2024 columns every level reads alike (households, income, WOZ, density, urbanity, owner-occupied,
     * land area) from one row of a KWB table; population comes from each level's own source.
     */
    void putKwb(String code, Map<String, String> kwb) {
        put(code, "households", kwb.get("huishoudens"));
        put(code, "income_per_inhabitant", kwb.get("inkomenPerInwoner"));
        put(code, "woz_value", kwb.get("wozWaarde"));
        put(code, "population_density", kwb.get("dichtheid"));
        put(code, "urbanity_class", kwb.get("stedelijkheid"));
        put(code, "owner_occupied_pct", kwb.get("koopwoningen"));
        put(code, "land_area_km2", BuurtVariables.landAreaKm2(kwb.get("oppervlakteLandHa")));
    }

    String get(String code, String variable) {
        Map<String, String> row = rows.get(code);
        return row == null ? "" : row.getOrDefault(variable, "");
    }

    Set<String> codes() {
        return rows.keySet();
    }

    void write(Path file) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (var e : rows.entrySet()) {
            out.append(e.getKey());
            for (String v : header.subList(1, header.size())) {
                out.append(',').append(e.getValue().getOrDefault(v, ""));
            }
            out.append('\n');
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Normalises source notation: blanks, "NA", "." (CBS: secret) become empty; "12.0" stays. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        if (v.equals(NOT_IN_SOURCE)) {
            return v;
        }
        if (v.isEmpty() || v.equals("NA") || v.equals(".") || v.equals("null") || v.equals("None")) {
            return "";
        }
        Double.parseDouble(v); // fails loudly on anything that is not a number
        return v;
    }
}
