package nl.pmg.planner.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.store.*}: the embedded store's directory, whether the PostGIS store loads
 * {@code geodata/} on start-up when the database does not hold this exact version of it yet, and how often a
 * PostGIS instance refreshes the heartbeat of its running imports.
 */
@ConfigurationProperties("planner.store")
public record StoreProperties(@DefaultValue("data") Path dataDir, @DefaultValue("true") boolean importGeodataOnStart,
        @DefaultValue("10") int heartbeatSeconds) {
}
