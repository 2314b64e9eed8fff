package nl.pmg.planner.layer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/layers}: what the map can colour, and compact values per level. Values come without
 * geometry so the map can reclassify (or classify nationally) without downloading shapes again.
 */
@RestController
class LayerController {

    record Catalogue(List<Indicator> layers) {
    }

    /** {@code values}: code → [value or null, status]; a missing value is never 0. */
    record Values(String layer, String level, Map<String, Object[]> values) {
    }

    private final MapLayers layers;
    private final Disclosure disclosure;

    LayerController(MapLayers layers, Disclosure disclosure) {
        this.layers = layers;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/layers")
    Catalogue catalogue() {
        return new Catalogue(layers.all());
    }

    @GetMapping("/api/layers/{id}/values")
    Values values(@PathVariable String id, HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("level")) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: level.");
            }
        }
        Level level = level(request.getParameter("level"));
        layers.require(id, level, "level");
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Published> e : disclosure.values(id, level).entrySet()) {
            out.put(e.getKey(), new Object[] {e.getValue().value(), e.getValue().status().id()});
        }
        return new Values(id, level.id(), out);
    }

    static Level level(String text) {
        String id = text == null ? "gemeente" : text;
        return Level.ofId(id).orElseThrow(() -> new InvalidParameter("level",
                "level must be gemeente, wijk or buurt, not '" + Text.shorten(id) + "'."));
    }
}
