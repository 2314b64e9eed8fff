package nl.pmg.planner.monitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.stereotype.Component;

/**
 * The series the monitor can show, read once from {@code geodata/}: gemeenten from
 * {@code series_gemeente.csv} (all indicators); buurten and wijken from {@code variables_buurt.csv} and
 * {@code variables_wijk.csv} (registered crime only, over the population of 1 Jan 2024 for every year,
 * because no yearly population exists below gemeente level). Rates are computed here from the counts.
 */
@Component
class MonitorSeries {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    /** "code|indicator" → points. */
    private final Map<String, List<Point>> series = new HashMap<>();

    MonitorSeries(GeodataProperties geodata) {
        Path gemeente = geodata.file("series_gemeente.csv");
        if (Files.exists(gemeente)) {
            for (var r : Csv.readRows(gemeente)) {
                MonitorIndicator ind = MonitorIndicator.find(r.get("indicator")).orElse(null);
                if (ind == null) {
                    continue;
                }
                Double num = number(r.get("numerator"));
                Double den = number(r.get("denominator"));
                Double value = num != null && den != null && den > 0 ? Double.valueOf(ind.per() * num / den)
                        : number(r.get("value"));
                add(r.get("code"), ind.id(), new Point(Integer.parseInt(r.get("year")), value, num, den,
                        r.get("status"), r.get("mapping")));
            }
        }
        readSubGemeente(geodata.file("variables_wijk.csv"));
        readSubGemeente(geodata.file("variables_buurt.csv"));
    }

    private void readSubGemeente(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        for (var r : Csv.readRows(file)) {
            Double population = number(r.get("population"));
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                Double crimes = number(r.get("crimes_" + y));
                String note = "denominator: population 1 Jan 2024 for every year (no yearly population below gemeente)";
                Point p;
                if (crimes == null) {
                    p = new Point(y, null, null, population, "broken", "registered crimes " + y + " not in the source");
                } else if (population == null || population <= 0) {
                    p = new Point(y, null, crimes, population, "broken", "no inhabitants to relate the count to");
                } else {
                    p = new Point(y, 1000 * crimes / population, crimes, population, "derived", note);
                }
                add(r.get("code"), "crime_total", p);
            }
        }
    }

    private void add(String code, String indicator, Point p) {
        series.computeIfAbsent(code + "|" + indicator, k -> new ArrayList<>()).add(p);
    }

    Optional<Series> find(String code, String indicator) {
        List<Point> points = series.get(code + "|" + indicator);
        return points == null ? Optional.empty() : Optional.of(new Series(code, indicator, List.copyOf(points)));
    }

    /** Code → value of one year, for every gemeente that has it. */
    Map<String, Double> valuesIn(List<String> codes, String indicator, int year) {
        Map<String, Double> out = new HashMap<>();
        for (String code : codes) {
            find(code, indicator).map(Series::values).map(v -> v.get(year)).ifPresent(v -> out.put(code, v));
        }
        return out;
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }
}
