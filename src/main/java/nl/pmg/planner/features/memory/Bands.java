package nl.pmg.planner.features.memory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.CoverageGeneraliser;
import nl.pmg.planner.features.ZoomBand;
import org.locationtech.jts.geom.MultiPolygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generalised coverages of the embedded engine, computed once when the areas are loaded, in
 * the background (a few seconds for all levels and bands), so start-up is not held up. A request
 * that needs a band before it is ready waits for it.
 */
final class Bands {

    private static final Logger log = LoggerFactory.getLogger(Bands.class);

    private final CompletableFuture<Map<Level, Map<ZoomBand, Map<String, MultiPolygon>>>> ready;

    Bands(Areas areas) {
        ready = CompletableFuture.supplyAsync(() -> compute(areas));
    }

    private static Map<Level, Map<ZoomBand, Map<String, MultiPolygon>>> compute(Areas areas) {
        long start = System.nanoTime();
        Map<Level, Map<ZoomBand, Map<String, MultiPolygon>>> out = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<String, MultiPolygon> input = new LinkedHashMap<>();
            for (Area a : areas.list(level)) {
                input.put(a.code(), a.geometryRd());
            }
            out.put(level, CoverageGeneraliser.generalise(input));
        }
        log.info("generalised coverages computed in {} ms ({} bands per level)", (System.nanoTime() - start) / 1_000_000,
                ZoomBand.values().length);
        return out;
    }

    /** The area's geometry for a band (null band or no boundary: the full geometry, possibly null). */
    MultiPolygon geometry(Area area, ZoomBand band) {
        if (band == null || area.geometryRd() == null) {
            return area.geometryRd();
        }
        try {
            return ready.get().get(area.level()).get(band).getOrDefault(area.code(), area.geometryRd());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for generalised geometry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generalisation failed", e.getCause());
        }
    }

    boolean isReady() {
        return ready.isDone();
    }
}
