package nl.pmg.planner.indicator;

import nl.pmg.planner.area.Areas;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The embedded default: each as-of data set is a directory of {@code geodata/}, computed on first use. */
@Component
@Profile("!postgis")
class GeodataAsOfDataSets implements AsOfDataSets {

    private final GeodataProperties geodata;
    private final Areas areas;

    GeodataAsOfDataSets(GeodataProperties geodata, Areas areas) {
        this.geodata = geodata;
        this.areas = areas;
    }

    @Override
    public AsOfIndicators load(String dataset) {
        return AsOfIndicators.load(new GeodataProperties(geodata.file(dataset)), areas);
    }
}
