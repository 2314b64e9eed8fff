package nl.pmg.planner.calibration;

import java.util.SplittableRandom;

/**
 * Conditional logit of choosing a set of {@code k} candidates among {@code n} (Chamberlain's conditional
 * likelihood, the "exact" conditional logistic regression for one stratum): with utilities
 * {@code u_i = β·x_i} and {@code z_i = exp(u_i)},
 * <pre>
 *   P(S) = exp(Σ_{i∈S} u_i) / e_k(z),     e_k = Σ over all k-subsets T of Π_{i∈T} z_i
 * </pre>
 * i.e. every set of the chosen size is possible and riskier sets are likelier. {@code e_k} and its first
 * and second derivatives in β come from one forward recursion over the candidates
 * ({@code E_m ← E_m + z_i E_{m−1}}), carried with its derivatives, in O(n·k·p²); each row is rescaled
 * so nothing overflows. A multi-round calibration adds the log-likelihoods of independent rounds.
 */
final class ConditionalLogit {

    /** The log-likelihood of the chosen set and its gradient and Hessian in β (Hessian null if not asked for). */
    record Evaluation(double logLikelihood, double[] gradient, double[][] hessian) {
    }

    private ConditionalLogit() {
    }

    /** ℓ(0) = −log C(n, k): every k-subset equally likely. */
    static double nullLogLikelihood(int n, int k) {
        double log = 0;
        for (int i = 0; i < k; i++) {
            log += Math.log(n - i) - Math.log(i + 1);
        }
        return -log;
    }

    static Evaluation evaluate(ChoiceSet s, double[] beta, boolean withHessian) {
        int n = s.size();
        int p = s.featureCount();
        int k = s.chosenCount();
        double[][] x = s.features();
        double[] u = new double[n];
        double umax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            u[i] = dot(x[i], beta);
            umax = Math.max(umax, u[i]);
        }
        // Hessian terms are kept as the upper triangle of each p×p block, flattened: t = index(a, b), a <= b.
        int tri = p * (p + 1) / 2;
        double[] e = new double[k + 1];
        double[][] g = new double[k + 1][p];
        double[][] h = withHessian ? new double[k + 1][tri] : null;
        double[] outer = new double[tri];
        e[0] = 1;
        double logScale = 0;
        for (int i = 0; i < n; i++) {
            double z = Math.exp(u[i] - umax);
            double[] xi = x[i];
            if (withHessian) {
                for (int a = 0, t = 0; a < p; a++) {
                    for (int b = a; b < p; b++, t++) {
                        outer[t] = xi[a] * xi[b];
                    }
                }
            }
            for (int m = Math.min(i + 1, k); m >= 1; m--) {
                double prev = e[m - 1];
                double[] gPrev = g[m - 1];
                if (withHessian) {
                    double[] hm = h[m];
                    double[] hPrev = h[m - 1];
                    for (int a = 0, t = 0; a < p; a++) {
                        double xa = xi[a];
                        double ga = gPrev[a];
                        for (int b = a; b < p; b++, t++) {
                            hm[t] += z * (outer[t] * prev + xa * gPrev[b] + ga * xi[b] + hPrev[t]);
                        }
                    }
                }
                double[] gm = g[m];
                for (int a = 0; a < p; a++) {
                    gm[a] += z * (xi[a] * prev + gPrev[a]);
                }
                e[m] += z * prev;
            }
            logScale += rescale(e, g, h);
        }
        double logZ = Math.log(e[k]) + logScale + k * umax;
        double chosenU = 0;
        double[] grad = new double[p];
        for (int i = 0; i < n; i++) {
            if (s.chosen()[i]) {
                chosenU += u[i];
                for (int a = 0; a < p; a++) {
                    grad[a] += x[i][a];
                }
            }
        }
        double[] mean = new double[p];
        for (int a = 0; a < p; a++) {
            mean[a] = g[k][a] / e[k];
            grad[a] -= mean[a];
        }
        double[][] hess = null;
        if (withHessian) {
            hess = new double[p][p];
            for (int a = 0, t = 0; a < p; a++) {
                for (int b = a; b < p; b++, t++) {
                    hess[a][b] = -(h[k][t] / e[k] - mean[a] * mean[b]);
                    hess[b][a] = hess[a][b];
                }
            }
        }
        return new Evaluation(chosenU - logZ, grad, hess);
    }

    /** Divides the row by its largest value when that leaves [1e-150, 1e150]; returns the log of the divisor. */
    private static double rescale(double[] e, double[][] g, double[][] h) {
        double max = 0;
        for (double v : e) {
            max = Math.max(max, v);
        }
        if (max > 1e-150 && max < 1e150) {
            return 0;
        }
        double inv = 1 / max;
        for (int m = 0; m < e.length; m++) {
            e[m] *= inv;
            for (int a = 0; a < g[m].length; a++) {
                g[m][a] *= inv;
            }
            if (h != null) {
                for (int t = 0; t < h[m].length; t++) {
                    h[m][t] *= inv;
                }
            }
        }
        return Math.log(max);
    }

    /**
     * Draws a k-subset from the conditional logit with these utilities, exactly: candidate i is taken with
     * probability {@code z_i e_{m−1}(i+1..n) / e_m(i..n)} when m are still to be chosen (sums in log space).
     */
    static boolean[] sample(double[] utilities, int k, SplittableRandom rng) {
        int n = utilities.length;
        double[][] logSuffix = new double[n + 1][k + 1];
        for (int i = 0; i <= n; i++) {
            java.util.Arrays.fill(logSuffix[i], Double.NEGATIVE_INFINITY);
            logSuffix[i][0] = 0;
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int m = 1; m <= k; m++) {
                logSuffix[i][m] = logAdd(logSuffix[i + 1][m], utilities[i] + logSuffix[i + 1][m - 1]);
            }
        }
        boolean[] chosen = new boolean[n];
        int left = k;
        for (int i = 0; i < n && left > 0; i++) {
            double take = Math.exp(utilities[i] + logSuffix[i + 1][left - 1] - logSuffix[i][left]);
            if (rng.nextDouble() < take) {
                chosen[i] = true;
                left--;
            }
        }
        return chosen;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }
}
