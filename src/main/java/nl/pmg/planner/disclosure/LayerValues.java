package nl.pmg.planner.disclosure;

import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.shared.Undisclosed;

/**
 * Where {@link Disclosure} reads the values it publishes: every map layer (the indicator catalogue and the
 * index layers), implemented by the layer module. Declared here so that disclosure depends on nothing that
 * serves requests.
 */
public interface LayerValues {

    Optional<Indicator> find(String id);

    /** Code → value for every area of the level, before disclosure. */
    @Undisclosed
    Map<String, Value> values(String id, Level level);
}
