package nl.pmg.planner.features.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Serves area geometry in WGS84, generalised for the map zoom it will be drawn at: half a screen
 * pixel of tolerance (Web Mercator, 256-pixel tiles), so shapes look exact on screen while the
 * national gemeente layer stays small. Results are cached per area and zoom; the cache holds only
 * public boundary geometry, identical for every caller.
 */
@Component
public class Generalisation {

    public static final int MIN_ZOOM = 5;
    public static final int MAX_ZOOM = 14;

    private static final Logger log = LoggerFactory.getLogger(Generalisation.class);

    private final Areas areas;
    private final Map<String, Geometry> wgs84 = new ConcurrentHashMap<>();
    private final Map<String, String> json = new ConcurrentHashMap<>();
    private final Map<String, Envelope> envelopes = new ConcurrentHashMap<>();

    public Generalisation(Areas areas) {
        this.areas = areas;
    }

    /**
     * Generalises every area for the national views the web map asks for first (gemeente at 8,
     * wijk at 9, buurt at 8), in the background once the service is up, so the first visitor does
     * not wait for 14,566 buurten to be simplified. Requests meanwhile simply compute what they need.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            areas.list(Level.GEMEENTE).forEach(a -> geoJson(a, 8));
            areas.list(Level.WIJK).forEach(a -> geoJson(a, 9));
            areas.list(Level.BUURT).stream().filter(a -> a.geometryRd() != null).forEach(a -> geoJson(a, 8));
            log.info("national map geometry generalised in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "generalisation-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The zoom a request without {@code zoom} gets: a national view for gemeenten, closer for smaller areas. */
    public static int defaultZoom(Level level) {
        return switch (level) {
            case GEMEENTE -> 8;
            case WIJK -> 10;
            case BUURT -> 12;
        };
    }

    public String geoJson(Area area, int zoom) {
        int z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        return json.computeIfAbsent(area.code() + '@' + z, k -> {
            Geometry full = wgs84(area);
            Geometry g = z >= MAX_ZOOM ? full : simplify(full, toleranceDegrees(z));
            return GeometryJson.multiPolygon(g, z <= 8 ? 4 : z <= 11 ? 5 : 6);
        });
    }

    /** The area's WGS84 envelope, from the transformed RD envelope corners (for bbox filtering). */
    public Envelope envelopeWgs84(Area area) {
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
