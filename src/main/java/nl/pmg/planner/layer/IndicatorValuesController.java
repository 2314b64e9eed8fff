package nl.pmg.planner.layer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indicators/{id}/values?level=}: code → {@code {value, status}} for every area of a level,
 * as the caller may see it, with a summary over what is shown.
 */
@RestController
class IndicatorValuesController {

    /**
     * {@code withValue} includes the {@code unreliable} values (rates over fewer residents than the eligibility
     * threshold); {@code min} and {@code max} leave them out, as maps do; {@code withoutBoundary} counts the areas
     * served here that have no boundary (8 tiny buurten), so a map cannot show them.
     */
    record Summary(int areas, int withValue, int unreliable, int suppressed, int missing, Double min, Double max,
            int withoutBoundary) {
    }

    record ValuesDocument(String indicator, String level, String unit, String source, String year,
            Map<String, Published> values, Summary summary) {
    }

    private final IndicatorValues indicators;
    private final Disclosure disclosure;
    private final Areas areas;

    IndicatorValuesController(IndicatorValues indicators, Disclosure disclosure, Areas areas) {
        this.indicators = indicators;
        this.disclosure = disclosure;
        this.areas = areas;
    }

    @GetMapping("/api/indicators/{id}/values")
    ValuesDocument values(@PathVariable String id, HttpServletRequest request) {
        Indicator ind = indicators.find(id).orElseThrow(() -> NotFound.indicator(id));
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("level")) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: level.");
            }
        }
        Level level = LayerController.level(request.getParameter("level"));
        if (!ind.levels().contains(level.id())) {
            throw new InvalidParameter("level", "Indicator '" + id + "' is not available for level " + level.id()
                    + " (available: " + String.join(", ", ind.levels()) + ").");
        }
        Map<String, Published> values = disclosure.values(id, level);
        int withoutBoundary = (int) values.keySet().stream()
                .filter(code -> areas.find(code).map(a -> a.geometryRd() == null).orElse(true)).count();
        return new ValuesDocument(id, level.id(), ind.unit(), ind.source(), ind.year(), values,
                summarise(values, withoutBoundary));
    }

    static Summary summarise(Map<String, Published> values, int withoutBoundary) {
        int with = 0;
        int unreliable = 0;
        int suppressed = 0;
        int missing = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Published v : values.values()) {
            if (v.value() != null) {
                with++;
                if (v.status() == Status.UNRELIABLE) {
                    unreliable++;
                } else {
                    min = Math.min(min, v.value());
                    max = Math.max(max, v.value());
                }
            } else if (v.status() == Status.SUPPRESSED) {
                suppressed++;
            } else {
                missing++;
            }
        }
        boolean range = with > unreliable;
        return new Summary(values.size(), with, unreliable, suppressed, missing, range ? min : null, range ? max : null,
                withoutBoundary);
    }
}
