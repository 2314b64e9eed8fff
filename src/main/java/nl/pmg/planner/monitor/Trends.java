package nl.pmg.planner.monitor;

import nl.pmg.planner.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Kind;
import nl.pmg.planner.indicator.TrendDefinition;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * Change of a monitor indicator between two years for every gemeente, with a WGS84 label point so the
 * map can draw one arrow per gemeente. The interior point (not the centroid) always lies inside the
 * gemeente, also for crescent-shaped or island municipalities.
 */
@Component
class Trends {

    static final double BAND_PCT = 5;

    /**
     * One gemeente's trend ({@link Trend}); {@code from} and {@code to} are the values of the first and last year;
     * {@code status} is {@code ok} or {@code broken} (a year of the period missing).
     */
    record AreaTrend(String code, String name, double[] point, Double from, Double to, Double trendPctPerYear,
            Double changePct, String direction, String status) {
    }

    record Answer(String indicator, int from, int to, double band, List<AreaTrend> areas, int missing,
            List<String> caveats) {
    }

    private final MonitorSeries series;
    private final Areas areas;
    private final Disclosure disclosure;
    private final Map<String, double[]> points = new ConcurrentHashMap<>();

    Trends(MonitorSeries series, Areas areas, Disclosure disclosure) {
        this.series = series;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    Answer between(MonitorIndicator indicator, int from, int to) {
        List<AreaTrend> out = new ArrayList<>();
        int missing = 0;
        for (Area a : areas.list(Level.GEMEENTE)) {
            List<Point> years = series.find(a.code(), indicator.id()).map(Series::points).orElse(List.of());
            Map<Integer, Double> values = shown(a, years);
            Trend t = Trend.classify(values, from, to, BAND_PCT);
            boolean broken = t == Trend.NONE;
            missing += broken ? 1 : 0;
            out.add(new AreaTrend(a.code(), a.name(), point(a), values.get(from), values.get(to), t.trendPctPerYear(),
                    t.changePct(), t.direction(), broken ? "broken" : "ok"));
        }
        List<String> caveats = new ArrayList<>(List.of(Caveats.registration(),
                Texts.text("caveat.trend-not-causal"),
                Texts.text("caveat.trend-definition", "from", from, "to", to, "band", (int) BAND_PCT, "years", to - from)));
        if (from <= TrendDefinition.COVID_YEAR) {
            caveats.add(Texts.text("caveat.covid-year", "covid", TrendDefinition.COVID_YEAR, "start",
                    TrendDefinition.DEFAULT_FROM));
        }
        if (to == MonitorSeries.LAST_YEAR) {
            caveats.add(Texts.text("caveat.rates-2025"));
        }
        if (missing > 0) {
            caveats.add(Texts.text("caveat.trend-missing", "n", missing, "from", from, "to", to));
        }
        return new Answer(indicator.id(), from, to, BAND_PCT, out, missing, caveats);
    }

    /** The yearly rates as the caller may see them (a year withheld or missing is absent). */
    private Map<Integer, Double> shown(Area a, List<Point> years) {
        Map<Integer, Double> values = new java.util.HashMap<>();
        for (Point p : years) {
            Double v = disclosure.figure(a, Kind.RATE, p.value(), p.denominator()).value();
            if (v != null) {
                values.put(p.year(), v);
            }
        }
        return values;
    }

    private double[] point(Area a) {
        if (a.geometryRd() == null) {
            return null;
        }
        return points.computeIfAbsent(a.code(), code -> {
            Geometry p = Crs.rdToWgs84(a.geometryRd().getInteriorPoint());
            return new double[] {round(p.getCoordinate().x), round(p.getCoordinate().y)};
        });
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
