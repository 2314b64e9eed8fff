package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public entry points of the geodata service: the landing page {@code /api}, the conformance
 * declaration (only classes this service implements) and the tile matrix sets.
 */
@RestController
class LandingController {

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
            "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset");
    static final String OPENAPI_30 = "application/vnd.oai.openapi+json;version=3.0";
    static final String TILING_SCHEMES = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";

    private static final List<Format> DOCUMENT = List.of(Format.JSON, Format.HTML);

    private final ResponseCache cache;

    LandingController(ResponseCache cache) {
        this.cache = cache;
    }

    @GetMapping({"/api", "/api/"})
    ResponseEntity<byte[]> landing(HttpServletRequest request) {
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "landing|" + base + '|' + format, true, () -> {
            List<Object> links = List.of(
                    Links.link("self", base + "/api", "application/json", "this document"),
                    Links.link("alternate", base + "/api?f=html", "text/html", "this document as HTML"),
                    Links.link("service-desc", base + "/v3/api-docs", OPENAPI_30, "the API definition (OpenAPI 3.0)"),
                    Links.link("service-doc", base + "/swagger-ui/index.html", "text/html", "the API documentation"),
                    Links.link("conformance", base + "/api/conformance", "application/json", "conformance classes"),
                    Links.link("data", base + "/api/collections", "application/json", "the collections"),
                    Links.link(TILING_SCHEMES, base + "/api/tileMatrixSets", "application/json", "tile matrix sets"));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", "Preventie met Gezag — geodata service");
            doc.put("description", "CBS gemeenten, wijken and buurten of the 2024 division as OGC API – Features "
                    + "(GeoJSON, CRS84, EPSG:4326, EPSG:4258, RD New) and vector tiles (WebMercatorQuad, "
                    + "NetherlandsRDNewQuad). Bron: CBS, PDOK — CC BY 4.0.");
            doc.put("links", links);
            if (format == Format.HTML) {
                return ResponseCache.body(new Html(String.valueOf(doc.get("title"))).text(String.valueOf(doc.get("description")))
                        .links(links).bytes(), format.type(), Map.of());
            }
            return ResponseCache.json(doc, format.type());
        });
    }

    @GetMapping("/api/conformance")
    ResponseEntity<byte[]> conformance(HttpServletRequest request) {
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        return cache.respond(request, "conformance|" + format, true, () -> format == Format.HTML
                ? ResponseCache.body(new Html("Conformance").list(CONFORMANCE).bytes(), format.type(), Map.of())
                : ResponseCache.json(Map.of("conformsTo", CONFORMANCE), format.type()));
    }

    @GetMapping("/api/tileMatrixSets")
    ResponseEntity<byte[]> tileMatrixSets(HttpServletRequest request) {
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "tms|" + base + '|' + format, true, () -> {
            List<Object> sets = new ArrayList<>();
            for (TileMatrixSet t : TileMatrixSet.values()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("id", t.id());
                s.put("title", t.definition().get("title"));
                s.put("crs", t.crsUri());
                s.put("links", List.of(Links.link("self", base + "/api/tileMatrixSets/" + t.id(), "application/json",
                        t.id())));
                sets.add(s);
            }
            if (format == Format.HTML) {
                List<Object> links = new ArrayList<>();
                sets.forEach(s -> links.add(((List<?>) ((Map<?, ?>) s).get("links")).get(0)));
                return ResponseCache.body(new Html("Tile matrix sets").links(links).bytes(), format.type(), Map.of());
            }
            return ResponseCache.json(Map.of("tileMatrixSets", sets), format.type());
        });
    }

    @GetMapping("/api/tileMatrixSets/{tileMatrixSetId}")
    ResponseEntity<byte[]> tileMatrixSet(@PathVariable String tileMatrixSetId, HttpServletRequest request) {
        TileMatrixSet tms = TileMatrixSet.ofId(tileMatrixSetId).orElseThrow(() -> unknownTileMatrixSet(tileMatrixSetId));
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        return cache.respond(request, "tms|" + tms + '|' + format, true, () -> {
            if (format == Format.HTML) {
                Map<String, Object> d = tms.definition();
                return ResponseCache.body(new Html(tms.id()).list(List.of("CRS: " + d.get("crs"),
                        "levels 0–" + tms.maxLevel() + ", 256 × 256 pixels, origin top left")).bytes(), format.type(), Map.of());
            }
            return ResponseCache.json(tms.definition(), format.type());
        });
    }

    static NotFound unknownTileMatrixSet(String id) {
        return new NotFound("unknown-tile-matrix-set", "There is no tile matrix set '" + nl.pmg.planner.shared.Text.shorten(id)
                + "'; use WebMercatorQuad or NetherlandsRDNewQuad.");
    }

}
