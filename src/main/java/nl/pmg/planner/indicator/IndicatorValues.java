package nl.pmg.planner.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.GeodataProperties;
import nl.pmg.planner.shared.Undisclosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue and every indicator's value for every area of every level it exists
 * at: the shipped indicators (fixed after start-up) plus those an analyst imported into the store.
 * A shipped id always wins; the import refuses ids that clash with a shipped one.
 */
@Component
public class IndicatorValues {

    private static final Logger log = LoggerFactory.getLogger(IndicatorValues.class);

    private final Map<String, Indicator> catalogue;
    private final Map<String, Map<Level, Map<String, Value>>> values;
    private final String licence;
    private final ImportedIndicators imported;

    /** The shipped indicators computed from {@code geodata/}, without imports (tools and unit tests). */
    public IndicatorValues(GeodataProperties geodata, Areas areas) {
        this(ShippedIndicators.compute(geodata, areas), ImportedIndicators.NONE, EligibilityProperties.DEFAULTS);
    }

    @Autowired
    public IndicatorValues(ShippedIndicators shipped, ImportedIndicators imported, EligibilityProperties eligibility) {
        this.licence = shipped.licence();
        this.catalogue = shipped.catalogue().stream()
                .collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        this.values = UnreliableRates.mark(catalogue.values(), shipped.values(), eligibility);
        this.imported = imported;
        log.info("indicator catalogue: {} shipped indicators", catalogue.size());
    }

    public List<Indicator> catalogue() {
        List<Indicator> all = new ArrayList<>(catalogue.values());
        imported.refresh().catalogue().stream().filter(i -> !catalogue.containsKey(i.id())).forEach(all::add);
        return List.copyOf(all);
    }

    public Optional<Indicator> find(String id) {
        Indicator shipped = catalogue.get(id);
        if (shipped != null) {
            return Optional.of(shipped);
        }
        return imported.refresh().catalogue().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public String licence() {
        return licence;
    }

    /** True for an indicator shipped in {@code geodata/}: its values never change while the service runs. */
    public boolean isShipped(String id) {
        return catalogue.containsKey(id);
    }

    /** Code → value for every area of the level; empty when the indicator does not exist at that level. */
    @Undisclosed
    public Map<String, Value> values(String indicatorId, Level level) {
        var perLevel = catalogue.containsKey(indicatorId) ? values.get(indicatorId)
                : imported.snapshot().values().get(indicatorId);
        return perLevel == null ? Map.of() : perLevel.getOrDefault(level, Map.of());
    }

    /** One area's value; MISSING when the indicator does not exist at the area's level. */
    @Undisclosed
    public Value value(String indicatorId, Area area) {
        Value v = values(indicatorId, area.level()).get(area.code());
        return v == null ? Value.missing() : v;
    }
}
