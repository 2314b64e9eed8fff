package nl.pmg.planner.uncertainty;

import java.util.SplittableRandom;
import nl.pmg.planner.shared.Quantiles;

/**
 * Variance-based sensitivity indices from the Saltelli (2002, 2010) sampling scheme: two independent
 * N × p sample matrices A and B of the inputs and, for every input i, the matrix A_B^i (A with column i
 * taken from B) — N·(p + 2) model runs in all. For an output f with variance V:
 * <pre>
 *   first-order  S_i  = (1/N) Σ_j (f(B)_j − f̄) · (f(A_B^i)_j − f(A)_j) / V  Saltelli et al. 2010, eq. (b)
 *   total        ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V                Jansen 1999
 * </pre>
 * V is the variance of all 2N runs of A and B and f̄ their mean; centring f(B) leaves the estimator unbiased
 * (the differences average zero) and cuts its variance when f is far from 0. S_i is the share of V that input
 * i explains alone, ST_i the share it takes part in (alone or with others). Intervals come from a bootstrap
 * over the rows j.
 */
final class Saltelli {

    /** Indices of one input for one output; the intervals are the 2.5 and 97.5 percentiles of the bootstrap. */
    record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
    }

    private Saltelli() {
    }

    /** Two independent N × p matrices of uniform [0, 1) samples. */
    static double[][][] design(int n, int p, SplittableRandom rng) {
        double[][][] ab = new double[2][n][p];
        for (double[][] m : ab) {
            for (double[] row : m) {
                for (int i = 0; i < p; i++) {
                    row[i] = rng.nextDouble();
                }
            }
        }
        return ab;
    }

    /** Row j of A_B^i. */
    static double[] mixed(double[] a, double[] b, int i) {
        double[] row = a.clone();
        row[i] = b[i];
        return row;
    }

    /** Mean and variance of f over the 2N runs of A and B. */
    static double[] moments(double[] fA, double[] fB) {
        double sum = 0;
        for (int j = 0; j < fA.length; j++) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * fA.length);
        double squares = 0;
        for (int j = 0; j < fA.length; j++) {
            squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        return new double[] {mean, squares / (2.0 * fA.length)};
    }

    /**
     * @param fAB [input][row]
     * @return one index per input, or {@code null} when f does not vary over the runs (V = 0)
     */
    static Index[] indices(double[] fA, double[] fB, double[][] fAB, int bootstrap, SplittableRandom rng) {
        int n = fA.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = estimate(fA, fB, fAB, all);
        if (point == null) {
            return null;
        }
        int p = fAB.length;
        double[][][] boot = new double[2][p][bootstrap];
        for (int b = 0; b < bootstrap; b++) {
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double[][] e = estimate(fA, fB, fAB, rows);
            for (int i = 0; i < p; i++) {
                boot[0][i][b] = e == null ? 0 : e[0][i];
                boot[1][i][b] = e == null ? 0 : e[1][i];
            }
        }
        Index[] out = new Index[p];
        for (int i = 0; i < p; i++) {
            out[i] = new Index(point[0][i], quantile(boot[0][i], 0.025), quantile(boot[0][i], 0.975), point[1][i],
                    quantile(boot[1][i], 0.025), quantile(boot[1][i], 0.975));
        }
        return out;
    }

    /** {first[], total[]} over the given rows (repeats allowed), or null when V = 0 on them. */
    private static double[][] estimate(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        double sum = 0;
        for (int j : rows) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * n);
        double v = 0;
        for (int j : rows) {
            v += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        v /= 2.0 * n;
        if (!(v > 1e-15)) {
            return null;
        }
        int p = fAB.length;
        double[][] out = new double[2][p];
        for (int i = 0; i < p; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                total += d * d;
            }
            out[0][i] = first / n / v;
            out[1][i] = total / (2.0 * n) / v;
        }
        return out;
    }

    private static double quantile(double[] values, double q) {
        return values.length == 0 ? Double.NaN : Quantiles.of(values, q);
    }
}
