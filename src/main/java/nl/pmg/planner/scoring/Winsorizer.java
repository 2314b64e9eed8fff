package nl.pmg.planner.scoring;

/**
 * Outlier treatment: values beyond the chosen percentiles are pulled in to those percentiles, so that one
 * extreme area cannot stretch a min-max or z-score scale for everyone else (OECD/JRC Handbook, step 3).
 */
final class Winsorizer {

    private Winsorizer() {
    }

    /**
     * Percentile of ascending, non-missing values by linear interpolation between order statistics
     * (Hyndman–Fan type 7, the default of R and NumPy): {@code h = (m − 1)·pct/100}.
     *
     * @param sorted ascending, no {@code NaN}, at least one element
     * @param pct    0–100
     */
    static double percentile(double[] sorted, double pct) {
        double h = (sorted.length - 1) * pct / 100;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Clamps, in place, every non-missing value to [lowerPct percentile, upperPct percentile] of the
     * non-missing values. {@code NaN} stays {@code NaN}.
     *
     * @return how many values were changed
     */
    static int winsorise(double[] values, double lowerPct, double upperPct) {
        double[] sorted = Ranking.sortedFinite(values);
        if (sorted.length == 0) {
            return 0;
        }
        double low = percentile(sorted, lowerPct);
        double high = percentile(sorted, upperPct);
        int changed = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v < low) {
                values[i] = low;
                changed++;
            } else if (v > high) {
                values[i] = high;
                changed++;
            }
        }
        return changed;
    }
}
