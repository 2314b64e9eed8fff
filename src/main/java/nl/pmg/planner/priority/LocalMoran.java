package nl.pmg.planner.priority;

import java.util.SplittableRandom;

/**
 * Local Moran's I (Anselin 1995) with row-standardised weights and a conditional permutation test, as in
 * PySAL's {@code esda.Moran_Local}: for area i, the values of its k neighbours are replaced by k values drawn
 * without replacement from all other areas; the folded pseudo p-value is (min(larger, P − larger) + 1) / (P + 1).
 * High-High means the area and the mean of its neighbours are both above the mean.
 */
final class LocalMoran {

    /** Per area: the statistic, the spatial lag of z, the pseudo p-value and whether it is High-High. */
    record Result(double[] localI, double[] lag, double[] pValue, double[] z) {

        boolean highHigh(int i, double significance) {
            return z[i] > 0 && lag[i] > 0 && pValue[i] <= significance;
        }
    }

    private LocalMoran() {
    }

    /**
     * @param x            values, none NaN
     * @param neighbours   neighbour indices per area; an area without neighbours gets I = 0 and p = 1
     * @param permutations number of conditional permutations, e.g. 999
     */
    static Result compute(double[] x, int[][] neighbours, int permutations, long seed) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
        double[] localI = new double[n];
        double[] lag = new double[n];
        double[] p = new double[n];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] others = new int[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            int k = neighbours[i].length;
            if (k == 0 || n < 3) {
                p[i] = 1;
                continue;
            }
            lag[i] = mean(z, neighbours[i], k);
            localI[i] = z[i] * lag[i];
            for (int j = 0, o = 0; j < n; j++) {
                if (j != i) {
                    others[o++] = j;
                }
            }
            int kk = Math.min(k, n - 1);
            int larger = 0;
            for (int r = 0; r < permutations; r++) {
                double sum = 0;
                // Partial Fisher–Yates: the first kk slots become a uniform sample without replacement.
                for (int s = 0; s < kk; s++) {
                    int pick = s + rng.nextInt(n - 1 - s);
                    int tmp = others[s];
                    others[s] = others[pick];
                    others[pick] = tmp;
                    sum += z[others[s]];
                }
                if (z[i] * (sum / kk) >= localI[i]) {
                    larger++;
                }
            }
            larger = Math.min(larger, permutations - larger);
            p[i] = (larger + 1.0) / (permutations + 1.0);
        }
        return new Result(localI, lag, p, z);
    }

    private static double mean(double[] z, int[] idx, int k) {
        double s = 0;
        for (int j : idx) {
            s += z[j];
        }
        return s / k;
    }
}
