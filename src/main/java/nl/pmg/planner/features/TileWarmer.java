package nl.pmg.planner.features;

import nl.pmg.planner.area.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the tiles of the national views the web map opens with — wijken and buurten at Web
 * Mercator zoom 5 to 7 (the map draws 512 px tiles, one level up from its own zoom: 6 on a phone, 7–8 on
 * a desktop) — in the background once the service is up, so the first visitor of the
 * buurt map gets finished tiles. Requests meanwhile build what they need themselves.
 */
@Component
class TileWarmer {

    private static final Logger log = LoggerFactory.getLogger(TileWarmer.class);

    private final TilesController tiles;

    TileWarmer(TilesController tiles) {
        this.tiles = tiles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            int n = 0;
            try {
                for (int z = 5; z <= 7; z++) {
                    for (Level level : new Level[] {Level.BUURT, Level.WIJK}) {
                        n += tiles.warm(level, TileMatrixSet.WEB_MERCATOR_QUAD, z);
                    }
                }
                log.info("{} national map tiles built in {} ms", n, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("tile warm-up stopped after {} tiles: {}", n, e.toString());
            }
        }, "tile-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
