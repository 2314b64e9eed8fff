package nl.pmg.planner.calibration;

import java.util.List;

/**
 * Maximum penalised likelihood with non-negative weights: maximise
 * {@code Σ_rounds ℓ_r(β) − λ/2 · ‖β‖²} subject to {@code β ≥ 0}, by projected Newton (Bertsekas 1982):
 * weights at zero whose gradient points below zero stay there, a Newton step on the others, and a
 * backtracking (Armijo) search along the projected path. The ridge makes the problem strictly concave,
 * so the optimum is unique and is found from any start; {@code λ > 0} also keeps β finite when the chosen
 * areas are perfectly separated from the others.
 */
final class LogitFit {

    /** The optimum, its log-likelihood without the penalty, and the iterations it took. */
    record Result(double[] beta, double logLikelihood, int iterations) {
    }

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private LogitFit() {
    }

    static Result fit(List<ChoiceSet> rounds, double lambda, double[] start) {
        int p = rounds.get(0).featureCount();
        double[] beta = start == null ? new double[p] : start.clone();
        Objective f = objective(rounds, beta, lambda, true);
        int iteration = 0;
        while (iteration++ < MAX_ITERATIONS) {
            boolean[] free = new boolean[p];
            double projected = 0;
            for (int a = 0; a < p; a++) {
                free[a] = beta[a] > 0 || f.gradient[a] > 0;
                if (free[a]) {
                    projected = Math.max(projected, Math.abs(f.gradient[a]));
                }
            }
            if (projected < TOLERANCE) {
                break;
            }
            double[] step = newtonStep(f, free);
            double t = 1;
            Objective next;
            double[] trial;
            while (true) {
                trial = new double[p];
                double expected = 0;
                for (int a = 0; a < p; a++) {
                    trial[a] = Math.max(0, beta[a] + t * step[a]);
                    expected += f.gradient[a] * (trial[a] - beta[a]);
                }
                next = objective(rounds, trial, lambda, false);
                if (next.value >= f.value + 1e-4 * expected || t < 1e-10) {
                    break;
                }
                t /= 2;
            }
            boolean stalled = next.value - f.value < 1e-13 * Math.max(1, Math.abs(f.value));
            beta = trial;
            f = objective(rounds, beta, lambda, true);
            if (stalled) {
                break;
            }
        }
        return new Result(beta, f.logLikelihood, iteration);
    }

    /** Penalised value, its gradient and (when asked) Hessian, summed over rounds. */
    private record Objective(double value, double logLikelihood, double[] gradient, double[][] hessian) {
    }

    private static Objective objective(List<ChoiceSet> rounds, double[] beta, double lambda, boolean derivatives) {
        int p = beta.length;
        double ll = 0;
        double[] grad = new double[p];
        double[][] hess = new double[p][p];
        for (ChoiceSet r : rounds) {
            ConditionalLogit.Evaluation e = ConditionalLogit.evaluate(r, beta, derivatives);
            ll += e.logLikelihood();
            for (int a = 0; a < p; a++) {
                grad[a] += e.gradient()[a];
                if (derivatives) {
                    for (int b = 0; b < p; b++) {
                        hess[a][b] += e.hessian()[a][b];
                    }
                }
            }
        }
        double penalty = 0;
        for (int a = 0; a < p; a++) {
            penalty += beta[a] * beta[a];
            grad[a] -= lambda * beta[a];
            hess[a][a] -= lambda;
        }
        return new Objective(ll - lambda / 2 * penalty, ll, grad, hess);
    }

    /** Solves (−H_FF) d_F = g_F by Cholesky; d = 0 on the fixed weights. */
    private static double[] newtonStep(Objective f, boolean[] free) {
        int p = free.length;
        int[] idx = new int[p];
        int m = 0;
        for (int a = 0; a < p; a++) {
            if (free[a]) {
                idx[m++] = a;
            }
        }
        double[][] a = new double[m][m];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = f.gradient[idx[i]];
            for (int j = 0; j < m; j++) {
                a[i][j] = -f.hessian[idx[i]][idx[j]];
            }
        }
        double[] d = Cholesky.solve(a, b);
        double[] step = new double[p];
        for (int i = 0; i < m; i++) {
            step[idx[i]] = d[i];
        }
        return step;
    }
}
