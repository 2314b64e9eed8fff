package nl.pmg.planner.layer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.ResponseCache;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final ResponseCache cache;

    LayerController(MapLayers layers, Disclosure disclosure, ResponseCache cache) {
        this.layers = layers;
        this.disclosure = disclosure;
        this.cache = cache;
    }

    @GetMapping("/api/layers")
    Catalogue catalogue() {
        return new Catalogue(layers.all());
    }

    /**
     * The values of a layer at a level as the caller may see them. The finished (and gzipped) body is kept per
     * layer, level and {@code Scope.key()} while the values cannot change (shipped indicators and the index), so
     * a public caller costs what an analyst costs: one look-up.
     */
    @GetMapping("/api/layers/{id}/values")
    ResponseEntity<byte[]> values(@PathVariable String id, HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("level")) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: level.");
            }
        }
        Level level = level(request.getParameter("level"));
        layers.require(id, level, "level");
        java.util.function.Supplier<ResponseCache.Body> build = () -> {
            Map<String, Object[]> out = new LinkedHashMap<>();
            for (Map.Entry<String, Published> e : disclosure.values(id, level).entrySet()) {
                out.put(e.getKey(), new Object[] {e.getValue().value(), e.getValue().status().id()});
            }
            return ResponseCache.json(new Values(id, level.id(), out), MediaType.APPLICATION_JSON);
        };
        if (!layers.stable(id)) {
            return cache.respondUncached(request, build.get());
        }
        return cache.respond(request, "layer-values|" + id + '|' + level + '|' + Scope.current().key(), false, build);
    }

    static Level level(String text) {
        String id = text == null ? "gemeente" : text;
        return Level.ofId(id).orElseThrow(() -> new InvalidParameter("level",
                "level must be gemeente, wijk or buurt, not '" + Text.shorten(id) + "'."));
    }
}
