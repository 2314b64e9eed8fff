package nl.pmg.planner.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantile classes and ColorBrewer YlOrRd colours, as the web map draws them (web/js/choropleth.js):
 * lower bounds taken from the data, strictly increasing, so no class is empty; darker always means more
 * risk (the ramp is reversed for lower-is-riskier indicators, blue for neutral ones).
 */
record Classes(List<Bin> bins) {

    record Bin(double min, double max, int count, String colour) {
    }

    private static final String[][] YL_OR_RD = {
        {"#ffeda0", "#feb24c", "#f03b20"},
        {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
        {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
    };
    private static final String[][] BLUES = {
        {"#deebf7", "#9ecae1", "#3182bd"},
        {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
        {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
    };

    static Classes quantiles(double[] values, int classCount, String direction) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return new Classes(List.of());
        }
        List<Double> lowers = new ArrayList<>();
        for (int i = 0; i < classCount; i++) {
            double candidate = sorted[(int) Math.floor((double) i * sorted.length / classCount)];
            if (lowers.isEmpty() || candidate > lowers.get(lowers.size() - 1)) {
                lowers.add(candidate);
            }
        }
        String[] ramp = ramp(lowers.size(), direction);
        List<Bin> bins = new ArrayList<>();
        for (int c = 0; c < lowers.size(); c++) {
            double lo = lowers.get(c);
            double hi = c + 1 < lowers.size() ? lowers.get(c + 1) : Double.POSITIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (double v : sorted) {
                if (v >= lo && v < hi) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    n++;
                }
            }
            bins.add(new Bin(min, max, n, ramp[c]));
        }
        return new Classes(bins);
    }

    static String[] ramp(int n, String direction) {
        String[][] scheme = "neutral".equals(direction) ? BLUES : YL_OR_RD;
        String[] colours = n >= 3 ? scheme[n - 3].clone() : Arrays.copyOfRange(scheme[0], 3 - n, 3);
        if ("lower_is_riskier".equals(direction)) {
            for (int i = 0; i < colours.length / 2; i++) {
                String t = colours[i];
                colours[i] = colours[colours.length - 1 - i];
                colours[colours.length - 1 - i] = t;
            }
        }
        return colours;
    }

    /** The colour of a value, or null when it has none (no data). */
    String colour(Double value) {
        if (value == null || !Double.isFinite(value) || bins.isEmpty()) {
            return null;
        }
        String colour = bins.get(0).colour();
        for (Bin b : bins) {
            if (value >= b.min()) {
                colour = b.colour();
            }
        }
        return colour;
    }
}
