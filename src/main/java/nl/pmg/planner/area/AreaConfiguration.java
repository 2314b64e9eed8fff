package nl.pmg.planner.area;

import nl.pmg.planner.shared.GeodataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The embedded default reads the division from geodata/; the postgis profile reads it from the store. */
@Configuration
@Profile("!postgis")
class AreaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AreaConfiguration.class);

    @Bean
    Areas areas(GeodataProperties geodata) {
        long start = System.nanoTime();
        Areas areas = AreaLoader.load(geodata.file("areas_2024.gpkg"));
        log.info("areas loaded in {} ms: {} gemeenten, {} wijken, {} buurten",
                (System.nanoTime() - start) / 1_000_000, areas.count(Level.GEMEENTE), areas.count(Level.WIJK),
                areas.count(Level.BUURT));
        return areas;
    }
}
