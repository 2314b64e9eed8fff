package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API – Tiles: vector tilesets per collection ({@code …/collections/{id}/tiles}), their metadata
 * per tile matrix set with the limits the data covers, and the tiles themselves as MVT. A tile holds
 * geometry, code and name only — no values — so it is the same for every caller, public and
 * cacheable; values join in the browser through the disclosure-controlled values API.
 */
@RestController
class TilesController {

    static final String MVT = "application/vnd.mapbox-vector-tile";
    private static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    private static final String TILE = "item";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Format> DOCUMENT = List.of(Format.JSON, Format.HTML);
    /** The zoom range tiles are offered in per set (closer than the last level, full geometry would not change). */
    private static final Map<TileMatrixSet, int[]> LEVELS = Map.of(TileMatrixSet.WEB_MERCATOR_QUAD, new int[] {0, 18},
            TileMatrixSet.NETHERLANDS_RD_NEW_QUAD, new int[] {0, 16});

    private final FeatureEngine engine;
    private final Collections collections;
    private final ResponseCache cache;

    TilesController(FeatureEngine engine, Collections collections, ResponseCache cache) {
        this.engine = engine;
        this.collections = collections;
        this.cache = cache;
    }

    @GetMapping("/api/collections/{collectionId}/tiles")
    ResponseEntity<byte[]> tilesets(@PathVariable String collectionId, HttpServletRequest request) {
        Level level = FeaturesController.level(collectionId);
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "tilesets|" + base + '|' + level + '|' + format, true, () -> {
            List<Object> sets = new ArrayList<>();
            for (TileMatrixSet tms : TileMatrixSet.values()) {
                sets.add(summary(base, level, tms));
            }
            List<Object> links = List.of(Links.link("self", base + "/api/collections/" + level.collection() + "/tiles",
                    "application/json", "this document"));
            if (format == Format.HTML) {
                List<Object> all = new ArrayList<>(links);
                sets.forEach(s -> all.add(((List<?>) ((Map<?, ?>) s).get("links")).get(0)));
                return body(new Html("Vector tiles — " + Collections.title(level)).links(all).bytes(), format);
            }
            return body(JSON.writeValueAsString(Map.of("links", links, "tilesets", sets)).getBytes(StandardCharsets.UTF_8), format);
        });
    }

    @GetMapping("/api/collections/{collectionId}/tiles/{tileMatrixSetId}")
    ResponseEntity<byte[]> tileset(@PathVariable String collectionId, @PathVariable String tileMatrixSetId,
            HttpServletRequest request) {
        Level level = FeaturesController.level(collectionId);
        TileMatrixSet tms = tms(tileMatrixSetId);
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format format = Format.negotiate(request, DOCUMENT);
        String base = Links.base(request);
        return cache.respond(request, "tileset|" + base + '|' + level + '|' + tms + '|' + format, true, () -> {
            Map<String, Object> s = summary(base, level, tms);
            List<Object> limits = new ArrayList<>();
            for (int z = LEVELS.get(tms)[0]; z <= LEVELS.get(tms)[1]; z++) {
                int[] r = tms.tilesCovering(z, extentIn(level, tms));
                limits.add(Map.of("tileMatrix", String.valueOf(z), "minTileRow", r[0], "maxTileRow", r[1],
                        "minTileCol", r[2], "maxTileCol", r[3]));
            }
            s.put("tileMatrixSetLimits", limits);
            s.put("layers", List.of(Map.of("id", level.collection(), "dataType", "vector", "geometryDimension", 2,
                    "propertiesSchema", Map.of("type", "object", "properties", Map.of(
                            "code", Map.of("type", "string", "description", "CBS code"),
                            "name", Map.of("type", "string", "description", "name"))))));
            if (format == Format.HTML) {
                return body(new Html(String.valueOf(s.get("title"))).text("Tile URL template: " + base + "/api/collections/"
                        + level.collection() + "/tiles/" + tms.id() + "/{tileMatrix}/{tileRow}/{tileCol}")
                        .links((List<?>) s.get("links")).bytes(), format);
            }
            return body(JSON.writeValueAsString(s).getBytes(StandardCharsets.UTF_8), format);
        });
    }

    @GetMapping("/api/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    ResponseEntity<byte[]> tile(@PathVariable String collectionId, @PathVariable String tileMatrixSetId,
            @PathVariable String tileMatrix, @PathVariable String tileRow, @PathVariable String tileCol,
            HttpServletRequest request) {
        Level level = FeaturesController.level(collectionId);
        TileMatrixSet tms = tms(tileMatrixSetId);
        FeatureQuery.rejectUnknown(request.getParameterMap(), Set.of("f"));
        Format.negotiate(request, List.of(Format.MVT));
        int z = integer("tileMatrix", tileMatrix);
        int row = integer("tileRow", tileRow);
        int col = integer("tileCol", tileCol);
        if (z < LEVELS.get(tms)[0] || z > LEVELS.get(tms)[1]) {
            throw outOfRange("tile matrix " + z + " is not offered (levels " + LEVELS.get(tms)[0] + "–" + LEVELS.get(tms)[1] + ")");
        }
        int[] r = tms.tilesCovering(z, extentIn(level, tms));
        if (row < r[0] || row > r[1] || col < r[2] || col > r[3]) {
            throw outOfRange("tile " + z + "/" + row + "/" + col + " lies outside the tileset limits (rows " + r[0] + "–"
                    + r[1] + ", columns " + r[2] + "–" + r[3] + ")");
        }
        return cache.respond(request, tileKey(level, tms, z, row, col), true, () -> tileBody(level, tms, z, row, col));
    }

    /** Builds and keeps every tile of a level at one zoom, ahead of the first visitor (see TileWarmer). */
    int warm(Level level, TileMatrixSet tms, int z) {
        int[] r = tms.tilesCovering(z, extentIn(level, tms));
        int n = 0;
        for (int row = r[0]; row <= r[1]; row++) {
            for (int col = r[2]; col <= r[3]; col++) {
                int y = row;
                int x = col;
                cache.warm(tileKey(level, tms, z, y, x), () -> tileBody(level, tms, z, y, x));
                n++;
            }
        }
        return n;
    }

    private static String tileKey(Level level, TileMatrixSet tms, int z, int row, int col) {
        return "tile|" + level + '|' + tms + '|' + z + '|' + row + '|' + col;
    }

    private ResponseCache.Body tileBody(Level level, TileMatrixSet tms, int z, int row, int col) {
        return ResponseCache.body(engine.tile(level, TileBox.of(tms, z, row, col)), Format.MVT.type(), Map.of());
    }

    /** What the tileset list and the tileset document share: title, data type, CRS, tile matrix set, links. */
    private static Map<String, Object> summary(String base, Level level, TileMatrixSet tms) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", Collections.title(level) + " — " + tms.id());
        s.put("dataType", "vector");
        s.put("crs", tms.crsUri());
        s.put("tileMatrixSetURI", tms.definition().getOrDefault("uri", base + "/api/tileMatrixSets/" + tms.id()));
        s.put("links", links(base, level, tms));
        return s;
    }

    private static List<Object> links(String base, Level level, TileMatrixSet tms) {
        String self = base + "/api/collections/" + level.collection() + "/tiles/" + tms.id();
        return List.of(Links.link("self", self, "application/json", Collections.title(level) + " — " + tms.id()),
                Links.link(TILING_SCHEME, base + "/api/tileMatrixSets/" + tms.id(), "application/json", tms.id()),
                templated(Links.link(TILE, self + "/{tileMatrix}/{tileRow}/{tileCol}", MVT, "MVT tiles")));
    }

    private static Map<String, Object> templated(Map<String, Object> link) {
        link.put("templated", true);
        return link;
    }

    /** The level's extent in the tile matrix set's CRS. */
    private Envelope extentIn(Level level, TileMatrixSet tms) {
        double[] e = collections.extent(level);
        Envelope lonLat = new Envelope(e[0], e[2], e[1], e[3]);
        return Crs.transform(Crs.WGS84_FACTORY.toGeometry(lonLat), Crs.WGS84, tms.srid()).getEnvelopeInternal();
    }

    private static TileMatrixSet tms(String id) {
        return TileMatrixSet.ofId(id).orElseThrow(() -> LandingController.unknownTileMatrixSet(id));
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name, name + " must be a whole number, not '" + Text.shorten(text) + "'.");
        }
    }

    private static NotFound outOfRange(String detail) {
        return new NotFound("tile-out-of-range", "There is no such tile: " + detail + ".");
    }

    private static ResponseCache.Body body(byte[] bytes, Format format) {
        return ResponseCache.body(bytes, format.type(), Map.of());
    }
}
