package nl.pmg.planner.indicator;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and per-level values ({@code /api/indicators}). */
@RestController
class IndicatorController {

    record CatalogueDocument(List<Indicator> indicators, String licence) {
    }

    record Summary(int areas, int withValue, int suppressed, int missing, Double min, Double max) {
    }

    record ValuesDocument(String indicator, String level, String unit, String source, String year,
            Map<String, Value> values, Summary summary) {
    }

    private final IndicatorValues indicators;
    private final nl.pmg.planner.disclosure.Disclosure disclosure;

    IndicatorController(IndicatorValues indicators, nl.pmg.planner.disclosure.Disclosure disclosure) {
        this.indicators = indicators;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/indicators")
    CatalogueDocument catalogue() {
        return new CatalogueDocument(indicators.catalogue(), indicators.licence());
    }

    @GetMapping("/api/indicators/{id}")
    Indicator indicator(@PathVariable String id) {
        return indicators.find(id).orElseThrow(() -> NotFound.indicator(id));
    }

    @GetMapping("/api/indicators/{id}/values")
    ValuesDocument values(@PathVariable String id, HttpServletRequest request) {
        Indicator ind = indicators.find(id).orElseThrow(() -> NotFound.indicator(id));
        for (String name : request.getParameterMap().keySet()) {
            if (!Set.of("level").contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: level.");
            }
        }
        String levelId = request.getParameter("level") == null ? "gemeente" : request.getParameter("level");
        Level level = Level.ofId(levelId).orElseThrow(() -> new InvalidParameter("level",
                "level must be gemeente, wijk or buurt, not '" + Text.shorten(levelId) + "'."));
        if (!ind.levels().contains(level.id())) {
            throw new InvalidParameter("level", "Indicator '" + id + "' is not available for level " + level.id()
                    + " (available: " + String.join(", ", ind.levels()) + ").");
        }
        Map<String, Value> values = new LinkedHashMap<>(disclosure.apply(id, level, indicators.values(id, level))); // security: disclosure control
        return new ValuesDocument(id, level.id(), ind.unit(), ind.source(), ind.year(), values, summarise(values));
    }

    static Summary summarise(Map<String, Value> values) {
        int with = 0;
        int suppressed = 0;
        int missing = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Value v : values.values()) {
            if (v.value() != null) {
                with++;
                min = Math.min(min, v.value());
                max = Math.max(max, v.value());
            } else if (v.status() == Status.SUPPRESSED) {
                suppressed++;
            } else {
                missing++;
            }
        }
        return new Summary(values.size(), with, suppressed, missing, with == 0 ? null : min, with == 0 ? null : max);
    }
}
