package nl.pmg.planner.monitor;

import java.util.Map;
import nl.pmg.planner.indicator.TrendDefinition;

/**
 * The trend of one area over a period, by the one definition the catalogue uses too ({@link TrendDefinition}):
 * the least-squares slope of the yearly values over every year from {@code from} to {@code to}, relative to their
 * mean, in % per year. {@code changePct} is that trend over the whole period (% per year × years), the change
 * along the fitted line; the direction is {@code up} or {@code down} when it leaves the ±band, {@code flat} inside
 * it (inclusive), and {@code none} when a year of the period is missing or the mean is not positive — a trend
 * is then undefined, and an arrow would invent one.
 */
record Trend(Double trendPctPerYear, Double changePct, String direction) {

    static final Trend NONE = new Trend(null, null, "none");

    /** @param bandPct half-width of the flat band in percent over the period, e.g. 5 for ±5 % */
    static Trend classify(Map<Integer, Double> values, int from, int to, double bandPct) {
        int n = to - from + 1;
        double[] years = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Double v = values.get(from + i);
            if (v == null) {
                return NONE;
            }
            years[i] = from + i;
            y[i] = v;
        }
        double perYear = TrendDefinition.percentPerYear(years, y);
        if (Double.isNaN(perYear)) {
            return NONE;
        }
        double change = perYear * (to - from);
        String direction = Math.abs(change) <= bandPct ? "flat" : change > 0 ? "up" : "down";
        return new Trend(perYear, change, direction);
    }
}
