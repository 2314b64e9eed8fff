package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.memory.Generalisation;
import nl.pmg.planner.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Areas as OGC API – Features style collections: {@code /api/collections}, their items as GeoJSON
 * in WGS84 with paging links, and single items by CBS code.
 */
@RestController
class FeaturesController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Areas areas;
    private final Generalisation generalisation;
    private final FeatureProperties properties;

    FeaturesController(Areas areas, Generalisation generalisation, FeatureProperties properties) {
        this.areas = areas;
        this.generalisation = generalisation;
        this.properties = properties;
    }

    @GetMapping("/api/collections")
    Map<String, Object> collections() {
        List<Object> list = new ArrayList<>();
        for (Level l : Level.values()) {
            list.add(describe(l));
        }
        return Map.of("collections", list, "links", List.of(link("self", "/api/collections", "application/json")));
    }

    @GetMapping("/api/collections/{collectionId}")
    Map<String, Object> collection(@PathVariable String collectionId) {
        return describe(level(collectionId));
    }

    @GetMapping("/api/collections/{collectionId}/items")
    ResponseEntity<String> items(@PathVariable String collectionId, HttpServletRequest request) {
        Level level = level(collectionId);
        FeatureQuery q = FeatureQuery.parse(request.getParameterMap());
        properties.validate(level, q.indicators(), q.properties());
        List<Area> matched = new ArrayList<>();
        for (Area a : areas.list(level)) {
            if ((q.gemeente() == null || a.gemeenteCode().equals(q.gemeente()))
                    && (q.bbox() == null || q.bbox().intersects(generalisation.envelopeWgs84(a)))) {
                matched.add(a);
            }
        }
        int from = Math.min(q.offset(), matched.size());
        int to = Math.min(from + q.limit(), matched.size());
        int zoom = q.zoom() == null ? Generalisation.defaultZoom(level) : q.zoom();
        StringBuilder sb = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(',');
            }
            feature(matched.get(i), q, zoom, sb);
        }
        sb.append("],\"numberMatched\":").append(matched.size()).append(",\"numberReturned\":").append(to - from)
                .append(",\"timeStamp\":\"").append(java.time.Instant.now()).append("\",\"links\":");
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("self", pageHref(from), GEO_JSON.toString()));
        if (to < matched.size()) {
            links.add(link("next", pageHref(to), GEO_JSON.toString()));
        }
        if (from > 0) {
            links.add(link("prev", pageHref(Math.max(0, from - q.limit())), GEO_JSON.toString()));
        }
        links.add(link("collection", "/api/collections/" + level.collection(), "application/json"));
        sb.append(JSON.writeValueAsString(links)).append('}');
        return ResponseEntity.ok().contentType(GEO_JSON).body(sb.toString());
    }

    @GetMapping("/api/collections/{collectionId}/items/{code}")
    ResponseEntity<String> item(@PathVariable String collectionId, @PathVariable String code,
            HttpServletRequest request) {
        Level level = level(collectionId);
        FeatureQuery q = FeatureQuery.parse(request.getParameterMap());
        properties.validate(level, q.indicators(), q.properties());
        Area a = areas.find(code).filter(x -> x.level() == level).orElseThrow(() -> NotFound.area(code));
        StringBuilder sb = new StringBuilder();
        feature(a, q, q.zoom() == null ? Generalisation.MAX_ZOOM : q.zoom(), sb);
        sb.setLength(sb.length() - 1);
        sb.append(",\"links\":").append(JSON.writeValueAsString(List.of(
                link("self", "/api/collections/" + level.collection() + "/items/" + a.code(), GEO_JSON.toString()),
                link("collection", "/api/collections/" + level.collection(), "application/json")))).append('}');
        return ResponseEntity.ok().contentType(GEO_JSON).body(sb.toString());
    }

    private void feature(Area a, FeatureQuery q, int zoom, StringBuilder sb) {
        sb.append("{\"type\":\"Feature\",\"id\":\"").append(a.code()).append("\",\"geometry\":")
                .append(a.geometryRd() == null ? "null" : generalisation.geoJson(a, zoom))
                .append(",\"properties\":").append(JSON.writeValueAsString(properties.of(a, q.indicators(), q.properties())))
                .append('}');
    }

    private Map<String, Object> describe(Level l) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", l.collection());
        c.put("level", l.id());
        c.put("title", switch (l) {
            case GEMEENTE -> "Gemeenten (municipalities) 2024";
            case WIJK -> "Wijken (districts) 2024";
            case BUURT -> "Buurten (neighbourhoods) 2024 — approximate boundaries";
        });
        c.put("itemCount", areas.count(l));
        c.put("approximateBoundaries", l == Level.BUURT);
        c.put("crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        c.put("storageCrs", "http://www.opengis.net/def/crs/EPSG/0/28992");
        c.put("attribution", "Bron: CBS, PDOK; misdrijven: Politie, via CBS — CC BY 4.0");
        c.put("links", List.of(link("self", "/api/collections/" + l.collection(), "application/json"),
                link("items", "/api/collections/" + l.collection() + "/items", GEO_JSON.toString())));
        return c;
    }

    private static Level level(String collectionId) {
        return Level.ofCollection(collectionId).orElseThrow(() -> NotFound.collection(collectionId));
    }

    private static String pageHref(int offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build().toUriString();
    }

    private static Map<String, String> link(String rel, String href, String type) {
        return Map.of("rel", rel, "href", href, "type", type);
    }
}
