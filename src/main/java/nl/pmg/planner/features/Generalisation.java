package nl.pmg.planner.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.springframework.stereotype.Component;

/**
 * Serves area geometry in WGS84, generalised for the map zoom it will be drawn at: half a screen
 * pixel of tolerance (Web Mercator, 256-pixel tiles), so shapes look exact on screen while the
 * national gemeente layer stays small. Results are cached per area and zoom; the cache holds only
 * public boundary geometry, identical for every caller.
 */
@Component
class Generalisation {

    static final int MIN_ZOOM = 5;
    static final int MAX_ZOOM = 14;

    private final Map<String, Geometry> wgs84 = new ConcurrentHashMap<>();
    private final Map<String, String> json = new ConcurrentHashMap<>();
    private final Map<String, Envelope> envelopes = new ConcurrentHashMap<>();

    /** The zoom a request without {@code zoom} gets: a national view for gemeenten, closer for smaller areas. */
    static int defaultZoom(Level level) {
        return switch (level) {
            case GEMEENTE -> 8;
            case WIJK -> 10;
            case BUURT -> 12;
        };
    }

    String geoJson(Area area, int zoom) {
        int z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        return json.computeIfAbsent(area.code() + '@' + z, k -> {
            Geometry full = wgs84(area);
            Geometry g = z >= MAX_ZOOM ? full : simplify(full, toleranceDegrees(z));
            return GeometryJson.multiPolygon(g, z <= 8 ? 4 : z <= 11 ? 5 : 6);
        });
    }

    /** The area's WGS84 envelope, from the transformed RD envelope corners (for bbox filtering). */
    Envelope envelopeWgs84(Area area) {
        return envelopes.computeIfAbsent(area.code(), c -> {
            Envelope rd = area.geometryRd().getEnvelopeInternal();
            return Crs.rdToWgs84(Crs.RD_FACTORY.toGeometry(rd)).getEnvelopeInternal();
        });
    }

    static double toleranceDegrees(int zoom) {
        return 0.5 * 360.0 / (256.0 * (1L << zoom));
    }

    private Geometry wgs84(Area area) {
        return wgs84.computeIfAbsent(area.code(), c -> Crs.rdToWgs84(area.geometryRd()));
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        Geometry s = DouglasPeuckerSimplifier.simplify(g, tolerance);
        return s.isEmpty() ? g : s; // small islands would vanish; keep them drawable
    }
}
