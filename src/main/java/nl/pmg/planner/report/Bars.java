package nl.pmg.planner.report;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.pmg.planner.print.Pdf;

/** A card's contributions per domain as small horizontal bars (SVG), each on the scale of the whole score. */
final class Bars {

    private static final int WIDTH = 330;
    private static final int LABEL = 140;
    private static final int BAR = 150;
    private static final int ROW = 12;

    private Bars() {
    }

    /** @param number the report's number format (decimal comma in Dutch) */
    static String svg(Map<String, Double> contributions, Function<String, String> domainName, double score,
            Function<Double, String> number) {
        int height = contributions.size() * ROW + 2;
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\">");
        int i = 0;
        for (Map.Entry<String, Double> e : contributions.entrySet()) {
            int y = i++ * ROW;
            double share = score > 0 ? Math.max(0, e.getValue()) / score : 0;
            sb.append("<text x=\"2\" y=\"").append(y + 9).append("\" font-size=\"8\" font-family=\"").append(Pdf.FONT)
                    .append("\" fill=\"#1f2328\">").append(Pdf.escape(domainName.apply(e.getKey()))).append("</text>");
            sb.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(f(BAR * share)).append("\" height=\"8\" fill=\"#de2d26\"/>");
            sb.append("<text x=\"").append(f(LABEL + BAR * share + 4)).append("\" y=\"").append(y + 9)
                    .append("\" font-size=\"8\" font-family=\"").append(Pdf.FONT).append("\" fill=\"#1f2328\">")
                    .append(Pdf.escape(number.apply(e.getValue()))).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
