package nl.pmg.planner.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web map needs to know about its own configuration. */
@RestController
class MapController {

    private final MapProperties properties;
    private final int minPopulation;

    MapController(MapProperties properties, org.springframework.core.env.Environment environment) {
        this.properties = properties;
        // the scoring rule (planner.scoring.min-population): the map greys out the same small areas in its classes
        this.minPopulation = environment.getProperty("planner.scoring.min-population", Integer.class, 50);
    }

    @GetMapping("/api/map/config")
    Map<String, Object> config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("baseTileUrl", properties.baseTileUrl() == null || properties.baseTileUrl().isBlank()
                ? null : properties.baseTileUrl());
        c.put("attribution", properties.baseTileAttribution());
        c.put("dataAttribution", "Bron: CBS, PDOK; misdrijven: Politie, via CBS — CC BY 4.0");
        c.put("minPopulation", minPopulation);
        return c;
    }
}
