package nl.pmg.planner.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pmg.planner.shared.Csv;

/** CSV export: one row per area and year, with the change figures where they exist and the caveats last. */
final class MonitorCsv {

    private MonitorCsv() {
    }

    static String write(List<MonitorReport> reports) {
        StringBuilder out = new StringBuilder("code,name,tranche,indicator,year,value,numerator,denominator,status,"
                + "start_year,index,comparison_index,difference,placebo_low,placebo_high,comparison_group,mapping,"
                + "comparison_window\n");
        for (MonitorReport r : reports) {
            Map<Integer, ChangeFigures.Year> change = new HashMap<>();
            if (r.change() != null) {
                r.change().years().forEach(y -> change.put(y.year(), y));
            }
            String group = r.comparison() == null ? "" : String.join(" ", r.comparison().members().stream()
                    .map(MonitorReport.Member::name).toList());
            for (ShownPoint p : r.series()) {
                ChangeFigures.Year c = change.get(p.year());
                out.append(String.join(",", r.code(), Csv.quote(r.name()), r.tranche() == null ? "" : r.tranche(),
                        r.indicator().id(),
                        Integer.toString(p.year()), n(p.value()), n(p.numerator()), n(p.denominator()), p.status(),
                        r.startYear() == null ? "" : r.startYear().toString(),
                        c == null ? "" : n(c.ownIndex()), c == null ? "" : n(c.groupIndex()),
                        c == null ? "" : n(c.difference()), c == null ? "" : n(c.placeboLow()),
                        c == null ? "" : n(c.placeboHigh()), Csv.quote(group), Csv.quote(p.mapping()),
                        r.window() == null ? "" : r.window().fromYear() + "-" + r.window().toYear())).append('\n');
            }
        }
        out.append("# caveats: ").append(String.join(" ", List.of(Caveats.notCausal(), Caveats.registration(),
                Caveats.shortSeries()))).append('\n');
        return out.toString();
    }

    private static String n(nl.pmg.planner.disclosure.Published p) {
        return n(p.value());
    }

    private static String n(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.4f", d);
    }
}
