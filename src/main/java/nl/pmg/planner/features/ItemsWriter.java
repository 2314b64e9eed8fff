package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.FeatureEngine.Hit;
import nl.pmg.planner.features.FeatureEngine.Page;
import nl.pmg.planner.features.FeatureEngine.Selection;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.IndexLayer;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the items and item bodies: the engine's page of geometry, the properties of each area
 * (through disclosure control), {@code numberMatched}/{@code numberReturned}, paging links, and the
 * {@code Content-Crs} header. GeoJSON or the HTML table.
 */
@Component
class ItemsWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FeatureEngine engine;
    private final FeatureProperties properties;
    private final Areas areas;
    private final IndicatorValues indicators;
    private final IndexLayer index;

    ItemsWriter(FeatureEngine engine, FeatureProperties properties, Areas areas, IndicatorValues indicators,
            IndexLayer index) {
        this.engine = engine;
        this.properties = properties;
        this.areas = areas;
        this.indicators = indicators;
        this.index = index;
    }

    void validate(Level level, FeatureQuery q) {
        properties.validate(level, q.indicators(), q.properties());
    }

    /** True when the answer cannot change while the service runs (no imported indicator in it). */
    boolean stable(FeatureQuery q) {
        return q.indicators().stream().allMatch(id -> indicators.isShipped(id) || index.handles(id));
    }

    ResponseCache.Body items(Level level, FeatureQuery q, Format format, HttpServletRequest request) {
        boolean none = !q.inValidity() || (q.bbox() != null && q.bbox().matchesNothing());
        Page page = none ? new Page(0, List.of())
                : engine.items(level, new Selection(q.bbox(), q.gemeente(), null), q.crs(), band(q), q.offset(), q.limit());
        int returned = page.hits().size();
        List<Map<String, Object>> links = new ArrayList<>();
        String type = format.type().toString();
        links.add(Links.link("self", Links.self(request, null, null), type, "this page"));
        links.add(Links.link("alternate", Links.self(request, "f", format == Format.HTML ? "json" : "html"),
                format == Format.HTML ? Format.GEOJSON.type().toString() : "text/html", "this page as "
                        + (format == Format.HTML ? "GeoJSON" : "HTML")));
        if (q.offset() + returned < page.matched()) {
            links.add(Links.link("next", Links.self(request, "offset", q.offset() + returned), type, "next page"));
        }
        if (q.offset() > 0 && page.matched() > 0) {
            links.add(Links.link("prev", Links.self(request, "offset", Math.max(0, q.offset() - q.limit())), type,
                    "previous page"));
        }
        String collection = Links.base(request) + "/api/collections/" + level.collection();
        links.add(Links.link("collection", collection, "application/json", Collections.title(level)));
        Map<String, String> headers = Map.of("Content-Crs", "<" + q.crs().uri() + ">");
        if (format == Format.HTML) {
            return ResponseCache.body(html(level, q, page, links, collection), format.type(), headers);
        }
        StringBuilder sb = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < returned; i++) {
            if (i > 0) {
                sb.append(',');
            }
            feature(page.hits().get(i), q, sb);
        }
        sb.append(']');
        legacyCrs(q.crs(), sb);
        sb.append(",\"numberMatched\":").append(page.matched()).append(",\"numberReturned\":").append(returned)
                .append(",\"timeStamp\":\"").append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append("\",\"links\":").append(JSON.writeValueAsString(links)).append('}');
        return ResponseCache.body(sb.toString().getBytes(StandardCharsets.UTF_8), format.type(), headers);
    }

    ResponseCache.Body item(Level level, String code, FeatureQuery q, Format format, HttpServletRequest request) {
        Page page = engine.items(level, new Selection(null, null, code), q.crs(), band(q), 0, 1);
        if (page.hits().isEmpty()) {
            throw NotFound.area(code);
        }
        String collection = Links.base(request) + "/api/collections/" + level.collection();
        List<Map<String, Object>> links = List.of(
                Links.link("self", Links.self(request, null, null), format.type().toString(), "this feature"),
                Links.link("alternate", Links.self(request, "f", format == Format.HTML ? "json" : "html"),
                        format == Format.HTML ? Format.GEOJSON.type().toString() : "text/html", "this feature in another format"),
                Links.link("collection", collection, "application/json", Collections.title(level)));
        Map<String, String> headers = Map.of("Content-Crs", "<" + q.crs().uri() + ">");
        if (format == Format.HTML) {
            return ResponseCache.body(html(level, q, page, links, collection), format.type(), headers);
        }
        StringBuilder sb = new StringBuilder(16 * 1024);
        feature(page.hits().get(0), q, sb);
        sb.setLength(sb.length() - 1);
        sb.append(",\"links\":").append(JSON.writeValueAsString(links)).append('}');
        return ResponseCache.body(sb.toString().getBytes(StandardCharsets.UTF_8), format.type(), headers);
    }

    /**
     * For a CRS other than CRS84 the collection also names it the GeoJSON 2008 way ({@code crs} member,
     * an OGC URN), besides the Content-Crs header, so that readers that predate OGC API – Features
     * Part 2 (GeoJSON readers of GIS tools, for one) place the coordinates right.
     */
    private static void legacyCrs(OgcCrs crs, StringBuilder sb) {
        if (crs != OgcCrs.CRS84) {
            sb.append(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::").append(crs.srid())
                    .append("\"}}");
        }
    }

    private static ZoomBand band(FeatureQuery q) {
        return q.zoom() == null ? null : ZoomBand.forZoom(q.zoom()).orElse(null);
    }

    private void feature(Hit hit, FeatureQuery q, StringBuilder sb) {
        Area a = areas.find(hit.code()).orElseThrow();
        sb.append("{\"type\":\"Feature\",\"id\":\"").append(a.code()).append("\",\"geometry\":").append(hit.geometry())
                .append(",\"properties\":").append(JSON.writeValueAsString(properties.of(a, q.indicators(), q.properties())))
                .append('}');
    }

    private byte[] html(Level level, FeatureQuery q, Page page, List<Map<String, Object>> links, String collection) {
        List<String> header = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Hit hit : page.hits()) {
            Area a = areas.find(hit.code()).orElseThrow();
            Map<String, Object> p = properties.of(a, q.indicators(), q.properties());
            if (header.isEmpty()) {
                header.addAll(p.keySet());
            }
            List<Object> row = new ArrayList<>();
            for (String k : header) {
                row.add(k.equals("code") ? new String[] {a.code(), collection + "/items/" + a.code() + "?f=html"} : p.get(k));
            }
            rows.add(row);
        }
        return new Html(Collections.title(level))
                .text(page.matched() + " features match; " + page.hits().size() + " shown from number " + (q.offset() + 1) + ".")
                .links(links).table(header, rows).bytes();
    }
}
