package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API – Features: {@code /api/collections}, one collection, its items (GeoJSON or HTML, in any
 * CRS of {@link OgcCrs}) and single items by CBS code. The engine selects and encodes geometry;
 * properties (with disclosure control) are added here. Finished bodies are cached by
 * {@link ResponseCache}, keyed by URL, format and — when values are included — the caller's scope.
 */
@RestController
class FeaturesController {

    private static final List<Format> DOCUMENT = List.of(Format.JSON, Format.HTML);
    private static final List<Format> FEATURES = List.of(Format.GEOJSON, Format.HTML);
    private static final Set<String> ITEM_PARAMETERS = Set.of("crs", "indicators", "properties", "zoom", "f");

    private final Collections collections;
    private final ItemsWriter writer;
    private final ResponseCache cache;

    FeaturesController(Collections collections, ItemsWriter writer, ResponseCache cache) {
        this.collections = collections;
        this.writer = writer;
        this.cache = cache;
    }

    @GetMapping("/api/collections")
    ResponseEntity<byte[]> collections(HttpServletRequest request) {
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "collections|" + base + '|' + format, true, () -> {
            List<Object> list = new ArrayList<>();
            for (Level l : Level.values()) {
                list.add(collections.describe(l, base));
            }
            List<Object> links = List.of(
                    Links.link("self", base + "/api/collections", "application/json", "this document"),
                    Links.link("alternate", base + "/api/collections?f=html", "text/html", "this document as HTML"));
            if (format == Format.HTML) {
                Html html = new Html("Collections").links(links);
                List<List<Object>> rows = new ArrayList<>();
                for (Level l : Level.values()) {
                    String href = base + "/api/collections/" + l.collection();
                    rows.add(List.of(new String[] {l.collection(), href + "?f=html"}, Collections.title(l),
                            new String[] {"items", href + "/items?f=html"}));
                }
                return ResponseCache.body(html.table(List.of("id", "title", "features"), rows).bytes(),
                        format.type(), Map.of());
            }
            return ResponseCache.json(Map.of("links", links, "collections", list), format.type());
        });
    }

    @GetMapping("/api/collections/{collectionId}")
    ResponseEntity<byte[]> collection(@PathVariable String collectionId, HttpServletRequest request) {
        Level level = level(collectionId);
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "collection|" + base + '|' + level + '|' + format, true, () -> {
            Map<String, Object> c = collections.describe(level, base);
            if (format == Format.HTML) {
                double[] e = collections.extent(level);
                Html html = new Html(Collections.title(level)).text(String.valueOf(c.get("description")))
                        .list(List.of("features: " + c.get("itemCount"),
                                "extent (CRS84): " + e[0] + ", " + e[1] + " – " + e[2] + ", " + e[3],
                                "valid: 2024-01-01 – 2024-12-31 (division 2024)",
                                "storage CRS: " + c.get("storageCrs")))
                        .heading("CRS").list(OgcCrs.uris()).heading("Links").links((List<?>) c.get("links"));
                return ResponseCache.body(html.bytes(), format.type(), Map.of());
            }
            return ResponseCache.json(c, format.type());
        });
    }

    @GetMapping("/api/collections/{collectionId}/items")
    ResponseEntity<byte[]> items(@PathVariable String collectionId, HttpServletRequest request) {
        Level level = level(collectionId);
        FeatureQuery q = FeatureQuery.parse(request.getParameterMap());
        Format format = Format.negotiate(request, FEATURES);
        writer.validate(level, q);
        String key = "items|" + Links.self(request, null, null) + '|' + format
                + (q.indicators().isEmpty() ? "" : '|' + Scope.current().key());
        if (!writer.stable(q)) {
            return cache.respondUncached(request, writer.items(level, q, format, request));
        }
        return cache.respond(request, key, q.indicators().isEmpty(), () -> writer.items(level, q, format, request));
    }

    @GetMapping("/api/collections/{collectionId}/items/{featureId}")
    ResponseEntity<byte[]> item(@PathVariable String collectionId, @PathVariable String featureId,
            HttpServletRequest request) {
        Level level = level(collectionId);
        FeatureQuery.rejectUnknown(request.getParameterMap(), ITEM_PARAMETERS);
        FeatureQuery q = FeatureQuery.parse(request.getParameterMap());
        Format format = Format.negotiate(request, FEATURES);
        writer.validate(level, q);
        String key = "item|" + Links.self(request, null, null) + '|' + format
                + (q.indicators().isEmpty() ? "" : '|' + Scope.current().key());
        if (!writer.stable(q)) {
            return cache.respondUncached(request, writer.item(level, featureId, q, format, request));
        }
        return cache.respond(request, key, q.indicators().isEmpty(),
                () -> writer.item(level, featureId, q, format, request));
    }


    static Level level(String collectionId) {
        return Level.ofCollection(collectionId).orElseThrow(() -> NotFound.collection(collectionId));
    }
}
