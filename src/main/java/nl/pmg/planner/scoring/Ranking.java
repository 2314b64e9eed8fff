package nl.pmg.planner.scoring;

import java.util.Arrays;

/**
 * Ranks and percentile ranks over arrays that may hold {@code NaN} (missing), without boxing: values are
 * sorted once and each value's position is found by binary search.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * Percentile rank on 0–100 of each non-missing value: {@code (r − 1) / (m − 1) × 100}, with r the
     * 1-based ascending rank among the m non-missing values. Ties share their average rank, which makes
     * the result exactly mirror-symmetric: negating the input turns p into 100 − p. A single value gets 50.
     *
     * @return a new array; {@code NaN} where the input is {@code NaN}
     */
    static double[] percentileRanks(double[] values) {
        double[] sorted = sortedFinite(values);
        int m = sorted.length;
        // Average 0-based rank of each tie group, stored at every position of the group, so that each
        // value needs one binary search instead of two.
        double[] midRank = new double[m];
        for (int first = 0; first < m; ) {
            int last = first;
            while (last + 1 < m && sorted[last + 1] == sorted[first]) {
                last++;
            }
            Arrays.fill(midRank, first, last + 1, (first + last) / 2.0);
            first = last + 1;
        }
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                ranks[i] = Double.NaN;
            } else if (m == 1) {
                ranks[i] = 50;
            } else {
                ranks[i] = 100 * midRank[lowerBound(sorted, v)] / (m - 1);
            }
        }
        return ranks;
    }

    /**
     * Competition ranks, 1 = highest value; tied values share the best rank ("1, 2, 2, 4").
     *
     * @return a new array; 0 where the input is {@code NaN}
     */
    static int[] descendingRanks(double[] values) {
        double[] sorted = sortedFinite(values);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            ranks[i] = Double.isNaN(v) ? 0 : 1 + sorted.length - upperBound(sorted, v);
        }
        return ranks;
    }

    /** The non-missing values in ascending order. */
    static double[] sortedFinite(double[] values) {
        double[] sorted = new double[values.length];
        int m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[m++] = v;
            }
        }
        double[] result = Arrays.copyOf(sorted, m);
        Arrays.sort(result);
        return result;
    }

    /**
     * Index of the first element {@code >= v}. Comparisons use {@code <}, so -0.0 and 0.0 tie. Written
     * without a data-dependent branch (the JIT emits a conditional move), which matters at 100,000
     * look-ups per run.
     */
    private static int lowerBound(double[] sorted, double v) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        int base = 0;
        while (n > 1) {
            int half = n >>> 1;
            base = sorted[base + half] < v ? base + half : base;
            n -= half;
        }
        return sorted[base] < v ? base + 1 : base;
    }

    /** Index of the first element {@code > v}. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
