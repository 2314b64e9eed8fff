package nl.pmg.planner.indicator;

import java.util.List;
import nl.pmg.planner.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue ({@code /api/indicators}); the values per level are served by the layer module. */
@RestController
class IndicatorController {

    record CatalogueDocument(List<Indicator> indicators, String licence) {
    }

    private final IndicatorValues indicators;

    IndicatorController(IndicatorValues indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/indicators")
    CatalogueDocument catalogue() {
        return new CatalogueDocument(indicators.catalogue(), indicators.licence());
    }

    @GetMapping("/api/indicators/{id}")
    Indicator indicator(@PathVariable String id) {
        return indicators.find(id).orElseThrow(() -> NotFound.indicator(id));
    }
}
