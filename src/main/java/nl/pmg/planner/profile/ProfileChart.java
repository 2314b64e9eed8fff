package nl.pmg.planner.profile;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.pmg.planner.monitor.MonitorIndex;
import nl.pmg.planner.print.Pdf;

/** The monitor line chart of the profile in SVG: the gemeente (solid red) and its comparison group (dashed blue), start = 100. */
final class ProfileChart {

    private ProfileChart() {
    }

    static String svg(MonitorIndex.Index index, BiFunction<Double, Integer, String> number) {
        List<MonitorIndex.Year> years = index.years().stream().filter(y -> y.own() != null).toList();
        int w = 300;
        int h = 110;
        double lo = Math.min(90, years.stream().flatMap(y -> java.util.stream.Stream.of(y.own(), y.group()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(90));
        double hi = Math.max(110, years.stream().flatMap(y -> java.util.stream.Stream.of(y.own(), y.group()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(110));
        int first = years.isEmpty() ? index.startYear() : years.get(0).year();
        int last = Math.max(first + 1, years.isEmpty() ? first + 1 : years.get(years.size() - 1).year());
        double x0 = 34;
        double x1 = w - 10;
        double y0 = h - 18;
        double y1 = 6;
        java.util.function.DoubleUnaryOperator x = year -> x0 + (year - first) / (last - first) * (x1 - x0);
        java.util.function.DoubleUnaryOperator y = v -> y0 - (v - lo) / (hi - lo) * (y0 - y1);
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">");
        sb.append(line(x0, y.applyAsDouble(100), x1, y.applyAsDouble(100), "#8c959f", ""));
        for (double v : new double[] {lo, 100, hi}) {
            sb.append(text(2, y.applyAsDouble(v) + 3, number.apply(v, 0), "start"));
        }
        for (int year = first; year <= last; year++) {
            sb.append(text(x.applyAsDouble(year), h - 4, String.valueOf(year), "middle"));
        }
        sb.append(polyline(years, MonitorIndex.Year::group, x, y, "#2166ac", "4 3"));
        sb.append(polyline(years, MonitorIndex.Year::own, x, y, "#b2182b", ""));
        return sb.append("</svg>").toString();
    }

    private static String polyline(List<MonitorIndex.Year> years, java.util.function.Function<MonitorIndex.Year, Double> value,
            java.util.function.DoubleUnaryOperator x, java.util.function.DoubleUnaryOperator y, String colour, String dash) {
        StringBuilder pts = new StringBuilder();
        for (MonitorIndex.Year yr : years) {
            if (value.apply(yr) != null) {
                pts.append(f(x.applyAsDouble(yr.year()))).append(',').append(f(y.applyAsDouble(value.apply(yr)))).append(' ');
            }
        }
        return "<polyline points=\"" + pts.toString().trim() + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String line(double xa, double ya, double xb, double yb, String colour, String dash) {
        return "<line x1=\"" + f(xa) + "\" y1=\"" + f(ya) + "\" x2=\"" + f(xb) + "\" y2=\"" + f(yb) + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-size=\"9\" font-family=\"" + Pdf.FONT + "\" fill=\"#57606a\" text-anchor=\""
                + anchor + "\">" + Pdf.escape(content) + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
