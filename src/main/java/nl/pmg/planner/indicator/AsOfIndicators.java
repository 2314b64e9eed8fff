package nl.pmg.planner.indicator;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.shared.GeodataProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators of an "as of" data set such as {@code geodata/asof-2023}: what could be known at an
 * earlier date, on a division with the same codes as the shipped one, at gemeente level only.
 *
 * @param dataset        the data set's directory name, e.g. {@code asof-2023}
 * @param values         its indicator values, without imports (an import is always "latest")
 * @param laterThanAsOf  ids whose figures had to come from a later year than the as-of date
 */
public record AsOfIndicators(String dataset, IndicatorValues values, Set<String> laterThanAsOf) {

    /** Reads and computes the data set in {@code dir}; costs a few hundred milliseconds, so callers keep it. */
    public static AsOfIndicators load(GeodataProperties dir, Areas areas) {
        IndicatorValues values = new IndicatorValues(ShippedIndicators.compute(dir, areas), ImportedIndicators.NONE,
                EligibilityProperties.DEFAULTS);
        Set<String> later = new LinkedHashSet<>();
        JsonNode catalogue = JsonMapper.builder().build().readTree(dir.file("catalogue.json").toFile());
        for (JsonNode ind : catalogue.path("indicators")) {
            if (ind.path("laterThanAsOf").asBoolean(false)) {
                later.add(ind.path("id").asString());
            }
        }
        return new AsOfIndicators(dir.dir().getFileName().toString(), values, Collections.unmodifiableSet(later));
    }
}
