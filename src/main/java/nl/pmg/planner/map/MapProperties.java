package nl.pmg.planner.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map settings ({@code planner.map.*}). No base-tile server by default: the map draws its own
 * neutral background from the boundaries, so it works offline.
 */
@ConfigurationProperties("planner.map")
record MapProperties(String baseTileUrl, @DefaultValue("") String baseTileAttribution) {
}
