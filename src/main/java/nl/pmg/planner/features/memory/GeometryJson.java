package nl.pmg.planner.features.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a polygonal geometry as a GeoJSON MultiPolygon with a fixed number of decimals, dropping
 * points that round onto their predecessor; rings that would collapse keep their full points.
 */
final class GeometryJson {

    private GeometryJson() {
    }

    static String multiPolygon(Geometry g, int decimals) {
        return multiPolygon(g, decimals, false);
    }

    /** With {@code swapAxes} the coordinates are written y, x (latitude first, for EPSG:4326 and EPSG:4258). */
    static String multiPolygon(Geometry g, int decimals, boolean swapAxes) {
        StringBuilder sb = new StringBuilder(1024).append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        double scale = Math.pow(10, decimals);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            if (sb.charAt(sb.length() - 1) == ']') {
                sb.append(',');
            }
            sb.append('[');
            ring(p.getExteriorRing(), scale, decimals, swapAxes, sb);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sb.append(',');
                ring(p.getInteriorRingN(h), scale, decimals, swapAxes, sb);
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }

    private static void ring(LineString ring, double scale, int decimals, boolean swapAxes, StringBuilder sb) {
        Coordinate[] cs = ring.getCoordinates();
        long[] xs = new long[cs.length];
        long[] ys = new long[cs.length];
        int n = 0;
        for (Coordinate c : cs) {
            long x = Math.round(c.x * scale);
            long y = Math.round(c.y * scale);
            if (n == 0 || x != xs[n - 1] || y != ys[n - 1]) {
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        if (n < 4) { // collapsed by rounding: write unrounded so the ring stays a ring
            n = cs.length;
            for (int i = 0; i < n; i++) {
                xs[i] = Math.round(cs[i].x * scale);
                ys[i] = Math.round(cs[i].y * scale);
            }
        }
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            long first = swapAxes ? ys[i] : xs[i];
            long second = swapAxes ? xs[i] : ys[i];
            sb.append('[').append(fixed(first, decimals)).append(',').append(fixed(second, decimals)).append(']');
        }
        sb.append(']');
    }

    private static String fixed(long scaled, int decimals) {
        return BigDecimal.valueOf(scaled, decimals).setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
    }
}
