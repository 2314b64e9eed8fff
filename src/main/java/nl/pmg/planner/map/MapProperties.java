package nl.pmg.planner.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map settings ({@code planner.map.*}). No base-tile server by default: the map draws its own
 * neutral background from the boundaries, so it works offline. {@code minPopulation}: wijken and buurten with
 * fewer inhabitants are left out of the map's classes for every rate and average (near-empty business parks and
 * parks); rates over fewer residents than {@code planner.eligibility.min-residents} are greyed as unreliable besides.
 */
@ConfigurationProperties("planner.map")
record MapProperties(String baseTileUrl, @DefaultValue("") String baseTileAttribution,
        @DefaultValue("50") int minPopulation) {
}
