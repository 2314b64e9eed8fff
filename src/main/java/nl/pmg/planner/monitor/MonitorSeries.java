package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The series the monitor can show, read once from their source ({@link SeriesSource}: {@code geodata/} on the
 * embedded default, the database under {@code postgis}).
 */
@Component
class MonitorSeries {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    /** "code|indicator" → points. */
    private final Map<String, List<Point>> series = new HashMap<>();

    MonitorSeries(SeriesSource source) {
        for (SeriesRow r : source.rows()) {
            add(r.code(), r.indicator(), r.point());
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
}
