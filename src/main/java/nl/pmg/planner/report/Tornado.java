package nl.pmg.planner.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.pmg.planner.print.Pdf;
import nl.pmg.planner.uncertainty.SensitivityResult;

/**
 * A tornado chart of one area's one-at-a-time weight ranges as SVG: one bar per domain over the share axis
 * 0–100 %, from the lowest to the highest share at which the area stays selected, with a tick at the current
 * share; the narrowest range (the domain the selection is most sensitive to) on top.
 */
final class Tornado {

    static final int WIDTH = 330;
    private static final int LABEL = 140;
    private static final int BAR = 180;
    private static final int ROW = 15;

    private Tornado() {
    }

    static String svg(List<SensitivityResult.WeightRange> ranges, Function<String, String> domainName, String label) {
        List<SensitivityResult.WeightRange> sorted = ranges.stream()
                .sorted(java.util.Comparator.comparingDouble(r -> r.high() - r.low())).toList();
        int height = sorted.size() * ROW + 18;
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"" + Pdf.escape(label)
                + "\">");
        for (int i = 0; i < sorted.size(); i++) {
            SensitivityResult.WeightRange r = sorted.get(i);
            int y = i * ROW + 2;
            sb.append(text(2, y + 10, domainName.apply(r.domain()), "start"));
            sb.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(BAR)
                    .append("\" height=\"9\" fill=\"#eeeeee\"/>");
            sb.append("<rect x=\"").append(f(LABEL + BAR * r.low())).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(f(Math.max(1, BAR * (r.high() - r.low())))).append("\" height=\"9\" fill=\"#3b6ea5\"/>");
            sb.append("<rect x=\"").append(f(LABEL + BAR * r.current() - 1)).append("\" y=\"").append(y)
                    .append("\" width=\"2\" height=\"13\" fill=\"#111111\"/>");
        }
        int axis = sorted.size() * ROW + 4;
        for (int pct : new int[] {0, 50, 100}) {
            double x = LABEL + BAR * pct / 100.0;
            sb.append("<rect x=\"").append(f(x)).append("\" y=\"").append(axis).append("\" width=\"1\" height=\"4\" fill=\"#555555\"/>");
            sb.append(text(x, axis + 13, pct + " %", pct == 0 ? "start" : pct == 100 ? "end" : "middle"));
        }
        return sb.append("</svg>").toString();
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-size=\"8\" font-family=\"" + Pdf.FONT
                + "\" text-anchor=\"" + anchor + "\" fill=\"#1f2328\">" + Pdf.escape(s) + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
