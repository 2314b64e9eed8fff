package nl.pmg.planner.disclosure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Disclosure control, the one publishing path: every area value that leaves the service — features,
 * layers, indicator values, benchmarks, exports, monitor series — is a {@link Published} made here. A
 * caller without detail rights for an area's gemeente gets wijk and buurt values as {@code suppressed}
 * (value null, never 0), and gemeente values suppressed when they are small counts of people (below
 * {@code min-count}) or rates over few inhabitants (fewer than {@code min-denominator}). Detail rights:
 * programme managers and analysts everywhere, a municipality in its own gemeente, the public nowhere.
 */
@Component
public class Disclosure {

    private static final Set<String> COUNTS_OF_PEOPLE = Set.of("persons", "households");
    private static final String POPULATION = "population";

    private final Areas areas;
    private final LayerValues layers;
    private final DisclosureProperties properties;

    Disclosure(Areas areas, LayerValues layers, DisclosureProperties properties) {
        this.areas = areas;
        this.layers = layers;
        this.properties = properties;
    }

    /** Code → value of a map layer for every area of the level, as the current caller may see it. */
    public Map<String, Published> values(String layerId, Level level) {
        Scope scope = Scope.current();
        Map<String, Value> raw = layers.values(layerId, level);
        Map<String, Published> out = new LinkedHashMap<>(raw.size() * 2);
        if (scope.fullDetail()) {
            raw.forEach((code, v) -> out.put(code, Published.of(v)));
            return out;
        }
        Kind kind = level == Level.GEMEENTE ? kind(layerId) : Kind.OTHER;
        Map<String, Value> population = kind == Kind.RATE ? layers.values(POPULATION, Level.GEMEENTE) : Map.of();
        for (Map.Entry<String, Value> e : raw.entrySet()) {
            Area a = areas.find(e.getKey()).orElse(null);
            out.put(e.getKey(), a == null ? Published.suppressed()
                    : publish(scope, a, kind, e.getValue(), population.get(a.code())));
        }
        return out;
    }

    /** One area's value of a map layer, as the current caller may see it. */
    public Published value(String layerId, Area area) {
        Scope scope = Scope.current();
        Value v = layers.values(layerId, area.level()).get(area.code());
        Value value = v == null ? Value.missing() : v;
        if (scope.detailFor(area.gemeenteCode()) || area.level() != Level.GEMEENTE) {
            return publish(scope, area, Kind.OTHER, value, null); // the kind matters only for gemeente values
        }
        Kind kind = kind(layerId);
        Value population = kind == Kind.RATE ? layers.values(POPULATION, area.level()).get(area.code()) : null;
        return publish(scope, area, kind, value, population);
    }

    /**
     * A figure that is no map layer (a monitor series point, a count behind a rate), as the current caller
     * may see it: status observed when there is a number, missing when not, suppressed when withheld.
     * {@code population} is the area's number of inhabitants, for a {@link Kind#RATE}.
     */
    public Published figure(Area area, Kind kind, Double value, Double population) {
        Value v = value == null || !Double.isFinite(value) ? Value.missing() : Value.of(value, Status.OBSERVED);
        return publish(Scope.current(), area, kind, v, population == null ? null : Value.of(population, Status.OBSERVED));
    }

    /** A figure of the area behind a code (an unknown code is withheld). */
    public Published figure(String code, Kind kind, Double value, Double population) {
        Area a = areas.find(code).orElse(null);
        return a == null ? Published.suppressed() : figure(a, kind, value, population);
    }

    /** Whether the current caller sees wijk and buurt figures of this gemeente. */
    public boolean detailFor(String gemeenteCode) {
        return Scope.current().detailFor(gemeenteCode);
    }

    Published publish(Scope scope, Area area, Kind kind, Value value, Value population) {
        if (scope.detailFor(area.gemeenteCode())) {
            return Published.of(value);
        }
        if (area.level() != Level.GEMEENTE) {
            return Published.suppressed();
        }
        if (value.value() != null && small(kind, value.value(), population)) {
            return Published.suppressed();
        }
        return Published.of(value);
    }

    private boolean small(Kind kind, double value, Value population) {
        return switch (kind) {
            case PERSONS -> value < properties.minCount();
            case RATE -> population != null && population.value() != null
                    && population.value() < properties.minDenominator();
            case OTHER -> false;
        };
    }

    private Kind kind(String layerId) {
        Indicator ind = layers.find(layerId).orElse(null);
        if (ind == null) {
            return Kind.OTHER;
        }
        if (ind.unit() != null && COUNTS_OF_PEOPLE.contains(ind.unit().toLowerCase(Locale.ROOT))) {
            return Kind.PERSONS;
        }
        return ind.method() != null && "rate".equals(ind.method().kind()) ? Kind.RATE : Kind.OTHER;
    }
}
