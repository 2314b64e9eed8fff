package nl.pmg.planner.indicator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.Csv;

/**
 * The source variables of one level, read from {@code variables_<level>.csv}, with the status of
 * each cell decided once here: {@code n/a} (the area is not in the source table) → missing; blank → suppressed
 * or missing per the variable's metadata, listed
 * in {@code derived_values.csv} or derived at this level → derived, otherwise observed.
 */
final class VariableCells {

    /** The data build's mark for an area the source table does not contain: served as missing ("not available"). */
    static final String NOT_IN_SOURCE = "n/a";

    private final String level;
    private final Map<String, Map<String, Value>> cells = new HashMap<>();

    private VariableCells(String level) {
        this.level = level;
    }

    static VariableCells read(String level, Path csv, Map<String, Variable> variables, Set<String> derivedKeys) {
        VariableCells t = new VariableCells(level);
        for (Map<String, String> row : Csv.readRows(csv)) {
            String code = row.get("code");
            Map<String, Value> values = new HashMap<>();
            for (var e : row.entrySet()) {
                Variable v = variables.get(e.getKey());
                if (v == null) {
                    continue; // hierarchy columns such as wk_code
                }
                values.put(v.id(), cell(level, code, v, e.getValue(), derivedKeys));
            }
            t.cells.put(code, values);
        }
        return t;
    }

    static Value cell(String level, String code, Variable v, String text, Set<String> derivedKeys) {
        if (NOT_IN_SOURCE.equals(text)) {
            return Value.missing();
        }
        if (text == null || text.isBlank()) {
            return v.suppressedWhenBlankAt(level) ? Value.suppressed() : Value.missing();
        }
        double d = Double.parseDouble(text);
        boolean derived = v.derivedAt(level) || derivedKeys.contains(key(level, code, v.id()));
        return Value.of(d, derived ? Status.DERIVED : Status.OBSERVED);
    }

    static String key(String level, String code, String variable) {
        return level + '|' + code + '|' + variable;
    }

    static Set<String> derivedKeys(Path derivedCsv) {
        Set<String> keys = new HashSet<>();
        for (var r : Csv.readRows(derivedCsv)) {
            keys.add(key(r.get("level"), r.get("code"), r.get("variable")));
        }
        return keys;
    }

    Set<String> codes() {
        return cells.keySet();
    }

    /** The cell of an area, MISSING when the area or variable is not in the table. */
    Value get(String code, String variable) {
        Map<String, Value> row = cells.get(code);
        Value v = row == null ? null : row.get(variable);
        return v == null ? Value.missing() : v;
    }

    String level() {
        return level;
    }
}
