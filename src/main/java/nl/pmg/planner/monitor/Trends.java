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

    /** One gemeente's change; {@code status} is {@code ok} or {@code broken} (a year missing or zero). */
    record AreaTrend(String code, String name, double[] point, Double from, Double to, Double changePct,
            String direction, String status) {
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
            Double f = shown(a, years, from);
            Double l = shown(a, years, to);
            Trend t = Trend.classify(f, l, BAND_PCT);
            boolean broken = t == Trend.NONE;
            missing += broken ? 1 : 0;
            out.add(new AreaTrend(a.code(), a.name(), point(a), f, l, t.changePct(), t.direction(),
                    broken ? "broken" : "ok"));
        }
        List<String> caveats = new ArrayList<>(List.of(Caveats.registration(),
                Texts.text("caveat.trend-not-causal"),
                Texts.text("caveat.trend-flat", "band", (int) BAND_PCT, "from", from)));
        if (to == MonitorSeries.LAST_YEAR) {
            caveats.add(Texts.text("caveat.rates-2025"));
        }
        if (missing > 0) {
            caveats.add(Texts.text("caveat.trend-missing", "n", missing, "from", from, "to", to));
        }
        return new Answer(indicator.id(), from, to, BAND_PCT, out, missing, caveats);
    }

    /** The rate of one year as the caller may see it, or null. */
    private Double shown(Area a, List<Point> years, int year) {
        return years.stream().filter(p -> p.year() == year).findFirst()
                .map(p -> disclosure.figure(a, Kind.RATE, p.value(), p.denominator()).value()).orElse(null);
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
