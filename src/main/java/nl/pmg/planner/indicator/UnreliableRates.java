package nl.pmg.planner.indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Level;

/**
 * Marks rates over small denominators {@link Status#UNRELIABLE}: a rate per resident over fewer residents than
 * {@link EligibilityProperties#minResidents()}, or per household over fewer households than
 * {@link EligibilityProperties#minHouseholds()}. Crime is registered where it happens, so a buurt of 5 residents
 * next to a station gets hundreds of thousands of crimes per 1,000; the value stays (it is what the sources give),
 * the status says how to read it. Done once at start-up, on the values as computed or stored, so the threshold is
 * configuration and never part of the stored data.
 */
final class UnreliableRates {

    private UnreliableRates() {
    }

    static Map<String, Map<Level, Map<String, Value>>> mark(Collection<Indicator> catalogue,
            Map<String, Map<Level, Map<String, Value>>> values, EligibilityProperties eligibility) {
        Map<String, Map<Level, Map<String, Value>>> out = new HashMap<>(values);
        for (Indicator ind : catalogue) {
            String denominator = denominator(ind);
            Map<Level, Map<String, Value>> perLevel = values.get(ind.id());
            Map<Level, Map<String, Value>> sizes = denominator == null ? null : values.get(denominator);
            if (perLevel == null || sizes == null) {
                continue;
            }
            double threshold = denominator.equals("population") ? eligibility.minResidents() : eligibility.minHouseholds();
            Map<Level, Map<String, Value>> marked = new HashMap<>();
            perLevel.forEach((level, byCode) -> marked.put(level,
                    mark(byCode, sizes.getOrDefault(level, Map.of()), threshold)));
            out.put(ind.id(), Collections.unmodifiableMap(marked));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The indicator that holds the rate's denominator ({@code population} or {@code households}), or null. */
    static String denominator(Indicator ind) {
        Method m = ind.method();
        if (m == null || !"rate".equals(m.kind())) {
            return null;
        }
        if (List.of("population").equals(m.denominator())) {
            return "population";
        }
        return List.of("households").equals(m.denominator()) ? "households" : null;
    }

    private static Map<String, Value> mark(Map<String, Value> rates, Map<String, Value> sizes, double threshold) {
        Map<String, Value> out = new LinkedHashMap<>(rates.size() * 2);
        rates.forEach((code, v) -> {
            Value size = sizes.get(code);
            boolean small = v.value() != null && (size == null || size.value() == null || size.value() < threshold);
            out.put(code, small ? Value.of(v.value(), Status.UNRELIABLE) : v);
        });
        return Collections.unmodifiableMap(out);
    }
}
