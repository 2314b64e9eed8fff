package nl.pmg.planner.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The two tile matrix sets tiles are offered in (OGC Two Dimensional Tile Matrix Set 2.0): the
 * global WebMercatorQuad and NetherlandsRDNewQuad, the Dutch RD New grid as PDOK defines it (origin
 * −285,401.92 / 903,401.92, 3,440.64 m per pixel at level 0, halving per level). 256 × 256 tiles,
 * top-left origin, matrix 2^z × 2^z.
 */
public enum TileMatrixSet {
    WEB_MERCATOR_QUAD("WebMercatorQuad", "Google Maps Compatible for the World",
            "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", 3857,
            -20037508.3427892, 20037508.3427892, 156543.033928041, 559082264.028717, 24),
    NETHERLANDS_RD_NEW_QUAD("NetherlandsRDNewQuad", "Amersfoort / RD New, Netherlands (as used by PDOK)",
            null, 28992, -285401.92, 903401.92, 3440.64, 12288000, 16);

    public static final int TILE_SIZE = 256;
    /** cos(52.2°): Web Mercator metres → ground metres in the Netherlands. */
    private static final double MERCATOR_TO_GROUND = Math.cos(Math.toRadians(52.2));

    private final String id;
    private final String title;
    private final String uri;
    private final int srid;
    private final double originX;
    private final double originY;
    private final double cellSizeZ0;
    private final double scaleDenominatorZ0;
    private final int maxLevel;

    TileMatrixSet(String id, String title, String uri, int srid, double originX, double originY, double cellSizeZ0,
            double scaleDenominatorZ0, int maxLevel) {
        this.id = id;
        this.title = title;
        this.uri = uri;
        this.srid = srid;
        this.originX = originX;
        this.originY = originY;
        this.cellSizeZ0 = cellSizeZ0;
        this.scaleDenominatorZ0 = scaleDenominatorZ0;
        this.maxLevel = maxLevel;
    }

    public String id() {
        return id;
    }

    public int srid() {
        return srid;
    }

    public int maxLevel() {
        return maxLevel;
    }

    public String crsUri() {
        return "http://www.opengis.net/def/crs/EPSG/0/" + srid;
    }

    public static Optional<TileMatrixSet> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public double cellSize(int level) {
        return cellSizeZ0 / (1L << level);
    }

    /** Ground metres per pixel in the Netherlands at a level (for choosing the generalisation band). */
    public double groundMetresPerPixel(int level) {
        return this == WEB_MERCATOR_QUAD ? cellSize(level) * MERCATOR_TO_GROUND : cellSize(level);
    }

    /** The tile's extent in this set's CRS. */
    public Envelope tileEnvelope(int level, int row, int col) {
        double span = cellSize(level) * TILE_SIZE;
        double minX = originX + col * span;
        double maxY = originY - row * span;
        return new Envelope(minX, minX + span, maxY - span, maxY);
    }

    /** Row and column range [minRow, maxRow, minCol, maxCol] of the tiles meeting an extent in this CRS. */
    public int[] tilesCovering(int level, Envelope extent) {
        double span = cellSize(level) * TILE_SIZE;
        int last = (1 << level) - 1;
        int minCol = clamp((int) Math.floor((extent.getMinX() - originX) / span), last);
        int maxCol = clamp((int) Math.floor((extent.getMaxX() - originX) / span), last);
        int minRow = clamp((int) Math.floor((originY - extent.getMaxY()) / span), last);
        int maxRow = clamp((int) Math.floor((originY - extent.getMinY()) / span), last);
        return new int[] {minRow, maxRow, minCol, maxCol};
    }

    private static int clamp(int v, int last) {
        return Math.max(0, Math.min(last, v));
    }

    /** The JSON definition (OGC TMS 2.0 JSON encoding). */
    public Map<String, Object> definition() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("title", title);
        if (uri != null) {
            d.put("uri", uri);
        }
        d.put("crs", crsUri());
        d.put("orderedAxes", List.of("X", "Y"));
        if (this == WEB_MERCATOR_QUAD) {
            d.put("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        }
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (int z = 0; z <= maxLevel; z++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(z));
            m.put("scaleDenominator", scaleDenominatorZ0 / (1L << z));
            m.put("cellSize", cellSize(z));
            m.put("cornerOfOrigin", "topLeft");
            m.put("pointOfOrigin", List.of(originX, originY));
            m.put("tileWidth", TILE_SIZE);
            m.put("tileHeight", TILE_SIZE);
            m.put("matrixWidth", 1L << z);
            m.put("matrixHeight", 1L << z);
            matrices.add(m);
        }
        d.put("tileMatrices", matrices);
        return d;
    }
}
