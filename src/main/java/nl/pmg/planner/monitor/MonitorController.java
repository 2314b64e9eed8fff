package nl.pmg.planner.monitor;

import nl.pmg.planner.shared.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitor API: series, comparison group and change figures per area, per tranche, and as CSV. */
@RestController
@RequestMapping("/api/monitor")
class MonitorController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MonitorService service;
    private final Trends trends;
    private final FocusAreaSeries focusAreas;

    MonitorController(MonitorService service, Trends trends, FocusAreaSeries focusAreas) {
        this.service = service;
        this.trends = trends;
        this.focusAreas = focusAreas;
    }

    @GetMapping("/indicators")
    List<MonitorIndicator> indicators() {
        return MonitorIndicator.ALL;
    }

    @GetMapping("/programme")
    Map<String, Object> programme(@RequestParam(required = false) String tranche,
            @RequestParam(defaultValue = "crime_total") String indicator) {
        MonitorIndicator ind = indicator(indicator);
        List<MonitorReport> reports = service.programme(tranche(tranche), ind);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", ind);
        body.put("tranche", tranche);
        body.put("municipalities", reports);
        body.put("caveats", List.of(Caveats.notCausal(), Caveats.registration(), Caveats.shortSeries()));
        return body;
    }

    /** Trend per gemeente between two years of the series, for the arrows on the map. */
    @GetMapping("/trends")
    Trends.Answer trends(@RequestParam(defaultValue = "crime_total") String indicator,
            @RequestParam(defaultValue = "2021") String from, @RequestParam(defaultValue = "2025") String to) {
        MonitorIndicator ind = indicator(indicator);
        int fromYear = seriesYear("from", from);
        int toYear = seriesYear("to", to);
        if (fromYear >= toYear) {
            throw new InvalidParameter("from", "from must be an earlier year than to.");
        }
        return trends.between(ind, fromYear, toYear);
    }

    @GetMapping("/focus-areas")
    Map<String, Object> focusAreas() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", MonitorIndicator.find("crime_total").orElseThrow());
        body.put("focusAreas", focusAreas.all());
        body.put("caveats", List.of(Caveats.notCausal(), Caveats.registration(), Texts.text("caveat.focus-denominator"),
                Texts.text("caveat.focus-index")));
        return body;
    }

    @GetMapping("/programme/export.csv")
    ResponseEntity<String> programmeCsv(@RequestParam(required = false) String tranche,
            @RequestParam(defaultValue = "crime_total") String indicator) {
        return csv("monitor-programme-" + indicator + ".csv",
                MonitorCsv.write(service.programme(tranche(tranche), indicator(indicator))));
    }

    @GetMapping("/{code}")
    MonitorReport area(@PathVariable String code, @RequestParam(defaultValue = "crime_total") String indicator,
            @RequestParam(required = false) Integer startYear) {
        return service.report(code, indicator(indicator), startYear(startYear));
    }

    @GetMapping("/{code}/export.csv")
    ResponseEntity<String> areaCsv(@PathVariable String code,
            @RequestParam(defaultValue = "crime_total") String indicator,
            @RequestParam(required = false) Integer startYear) {
        return csv("monitor-" + code + "-" + indicator + ".csv",
                MonitorCsv.write(List.of(service.report(code, indicator(indicator), startYear(startYear)))));
    }

    private static MonitorIndicator indicator(String id) {
        return MonitorIndicator.find(id).orElseThrow(() -> NotFound.indicator(id));
    }

    private static String tranche(String tranche) {
        if (tranche != null && !tranche.isBlank() && !Programme.TRANCHES.contains(tranche)) {
            throw new InvalidParameter("tranche", "tranche must be one of " + Programme.TRANCHES + ".");
        }
        return tranche;
    }

    /** Only start years with a year before them and at least one year after them in the series. */
    private static Integer startYear(Integer year) {
        if (year != null && (year <= MonitorSeries.FIRST_YEAR || year >= MonitorSeries.LAST_YEAR)) {
            throw new InvalidParameter("startYear", "startYear must be between 2022 and 2024.");
        }
        return year;
    }

    private static int seriesYear(String parameter, String value) {
        int year;
        try {
            year = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(parameter, parameter + " must be a year.");
        }
        if (year < MonitorSeries.FIRST_YEAR || year > MonitorSeries.LAST_YEAR) {
            throw new InvalidParameter(parameter, parameter + " must be a year from " + MonitorSeries.FIRST_YEAR
                    + " to " + MonitorSeries.LAST_YEAR + ".");
        }
        return year;
    }

    private static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
