package nl.pmg.planner.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Disclosure control, in one place: every value that leaves the service (features, layers,
 * indicator values, exports) passes here. A caller without detail rights for an area's gemeente
 * gets wijk and buurt values as {@code suppressed} (value null, never 0), and gemeente values
 * suppressed when they are small counts (below {@code min-count}) or rates over a small
 * denominator (fewer than {@code min-denominator} inhabitants). Detail rights: programme managers
 * and analysts everywhere, a municipality in its own gemeente, the public nowhere.
 */
@Component
public class Disclosure {

    private final Areas areas;
    private final IndicatorValues indicators;
    private final DisclosureProperties properties;

    Disclosure(Areas areas, IndicatorValues indicators, DisclosureProperties properties) {
        this.areas = areas;
        this.indicators = indicators;
        this.properties = properties;
    }

    /** The value of {@code indicatorId} for {@code area} as the current caller may see it. */
    public Value apply(String indicatorId, Area area, Value value) {
        return apply(Scope.current(), indicatorId, area, value);
    }

    /** Code → value for one level, as the current caller may see it (the same map when nothing changes). */
    public Map<String, Value> apply(String indicatorId, Level level, Map<String, Value> values) {
        Scope scope = Scope.current();
        if (scope.fullDetail()) {
            return values;
        }
        Map<String, Value> out = new LinkedHashMap<>(values.size() * 2);
        for (Map.Entry<String, Value> e : values.entrySet()) {
            Area a = areas.find(e.getKey()).orElse(null);
            out.put(e.getKey(), a == null ? Value.suppressed() : apply(scope, indicatorId, a, e.getValue()));
        }
        return out;
    }

    Value apply(Scope scope, String indicatorId, Area area, Value value) {
        if (scope.detailFor(area.gemeenteCode())) {
            return value;
        }
        if (area.level() != Level.GEMEENTE) {
            return Value.suppressed();
        }
        return value.value() != null && smallNumber(indicatorId, area, value.value()) ? Value.suppressed() : value;
    }

    private boolean smallNumber(String indicatorId, Area area, double value) {
        Indicator ind = indicators.find(indicatorId).orElse(null);
        if (ind == null) {
            return false; // index layers are scores, not counts
        }
        if ("persons".equals(ind.unit()) && value < properties.minCount()) {
            return true;
        }
        if (ind.method() != null && "rate".equals(ind.method().kind())) {
            Value population = indicators.value("population", area);
            return population.value() != null && population.value() < properties.minDenominator();
        }
        return false;
    }
}
