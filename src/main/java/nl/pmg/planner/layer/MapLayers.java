package nl.pmg.planner.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.LayerValues;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.IndexLayer;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Undisclosed;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue and the index layers behind one interface, so callers need not tell them apart;
 * also the source {@code disclosure.Disclosure} publishes values from.
 */
@Component
public class MapLayers implements LayerValues {

    private final IndicatorValues indicators;
    private final IndexLayer index;

    MapLayers(IndicatorValues indicators, IndexLayer index) {
        this.indicators = indicators;
        this.index = index;
    }

    /** Index layers first (the programme's headline), then the catalogue in its own order. */
    public List<Indicator> all() {
        List<Indicator> list = new ArrayList<>(index.indicators());
        list.addAll(indicators.catalogue());
        return list;
    }

    @Override
    public Optional<Indicator> find(String id) {
        return index.handles(id) ? index.find(id) : indicators.find(id);
    }

    /** The layer, or a 404 when unknown and a 400 naming {@code parameter} when absent at the level. */
    public Indicator require(String id, Level level, String parameter) {
        Indicator ind = find(id).orElseThrow(() -> NotFound.indicator(id));
        if (!ind.levels().contains(level.id())) {
            throw new InvalidParameter(parameter, "Indicator '" + id + "' is not available for level " + level.id()
                    + " (available: " + String.join(", ", ind.levels()) + ").");
        }
        return ind;
    }

    /** True when the layer's values cannot change while the service runs (the index, shipped indicators). */
    public boolean stable(String id) {
        return index.handles(id) || indicators.isShipped(id);
    }

    /** Code → value for every area of the level, before disclosure; empty when the layer does not exist there. */
    @Override
    @Undisclosed
    public Map<String, nl.pmg.planner.indicator.Value> values(String id, Level level) {
        return index.handles(id) ? index.values(id, level) : indicators.values(id, level);
    }
}
