package nl.pmg.planner.shared;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, R's default). */
public final class Quantiles {

    private Quantiles() {
    }

    public static double of(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
