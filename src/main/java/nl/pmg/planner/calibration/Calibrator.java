package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import nl.pmg.planner.shared.Quantiles;

/**
 * Revealed-preference calibration of index weights on past decisions (pure computation): the ridge is
 * chosen by cross-validation, the non-negative conditional-logit weights are fitted at that ridge,
 * their uncertainty comes from a stratified bootstrap, and a permutation test says whether the data
 * explain the decision at all.
 *
 * <p>The test statistic is the likelihood ratio {@code T = 2 (ℓ(β̂) − ℓ(0))} of the fitted weights against
 * "no signal" (β = 0: every set of the chosen size equally likely). Its null distribution is taken from
 * the same candidates with random choices of the same size, refitted at the same λ:
 * {@code p = (1 + #{T_perm ≥ T}) / (1 + permutations)}. The decision counts as explained when
 * {@code p < alpha}. Replicates use generators seeded from (seed, replicate), so results do not depend on
 * how the replicates are spread over threads.
 */
final class Calibrator {

    /** Ridge grid (features on [0, 1]): half-decades from 0.001 to about 31.6. */
    static final double[] LAMBDAS = {0.001, 0.00316, 0.01, 0.0316, 0.1, 0.316, 1, 3.16, 10, 31.6};

    record Settings(int folds, int cvRepeats, int bootstrap, int permutations, double alpha, long seed) {

        static Settings defaults() {
            return new Settings(4, 3, 200, 199, 0.05, 20240101L);
        }
    }

    /**
     * @param beta           fitted weights (utility per unit of each feature), all {@code >= 0}
     * @param shares         beta / Σ beta: the framework weights; all zero when beta is zero
     * @param shareIntervals per feature the 2.5 and 97.5 percentiles of the bootstrap shares
     * @param noSignalReplicates bootstrap replicates whose fit was β = 0 (no shares; left out of the intervals)
     */
    record Estimate(double[] beta, double[] shares, double logLikelihood, double nullLogLikelihood, double lambda,
                    CrossValidation.Curve crossValidation, double[][] shareIntervals, double[] scaleInterval,
                    int replicates, int noSignalReplicates, double statistic, double pValue, int permutations,
                    boolean explained) {

        double scale() {
            return Arrays.stream(beta).sum();
        }

        /** McFadden's pseudo-R²: 1 − ℓ(β̂)/ℓ(0); 0 = no better than a random choice. */
        double pseudoR2() {
            return 1 - logLikelihood / nullLogLikelihood;
        }
    }

    private static final long BOOTSTRAP = 2;
    private static final long PERMUTATION = 3;

    private Calibrator() {
    }

    static Estimate calibrate(List<ChoiceSet> rounds, Settings settings) {
        return calibrate(rounds, settings, null);
    }

    /** @param pool runs the bootstrap and permutation replicates; null runs them on the calling thread */
    static Estimate calibrate(List<ChoiceSet> rounds, Settings settings, ExecutorService pool) {
        CrossValidation.Curve cv = CrossValidation.choose(rounds, LAMBDAS, settings.folds(), settings.cvRepeats(),
                settings.seed());
        double lambda = cv.chosen();
        LogitFit.Result fit = LogitFit.fit(rounds, lambda, null);
        double nullLl = nullLogLikelihood(rounds);
        double statistic = 2 * (fit.logLikelihood() - nullLl);

        double[][] replicateBetas = Replicates.map(settings.bootstrap(), pool, b -> {
            List<ChoiceSet> sample = new ArrayList<>();
            for (ChoiceSet r : rounds) {
                sample.add(Resampling.bootstrap(r, Resampling.stream(settings.seed(), BOOTSTRAP, b)));
            }
            return LogitFit.fit(sample, lambda, fit.beta()).beta();
        }).toArray(double[][]::new);

        long exceed = Replicates.map(settings.permutations(), pool, b -> {
            List<ChoiceSet> permuted = new ArrayList<>();
            for (ChoiceSet r : rounds) {
                permuted.add(Resampling.permuted(r, Resampling.stream(settings.seed(), PERMUTATION, b)));
            }
            LogitFit.Result f = LogitFit.fit(permuted, lambda, null);
            return 2 * (f.logLikelihood() - nullLogLikelihood(permuted)) >= statistic - 1e-9;
        }).stream().filter(Boolean::booleanValue).count();
        double p = (1.0 + exceed) / (1.0 + settings.permutations());

        int features = rounds.get(0).featureCount();
        List<double[]> withSignal = new ArrayList<>();
        double[] scales = new double[replicateBetas.length];
        for (int b = 0; b < replicateBetas.length; b++) {
            scales[b] = Arrays.stream(replicateBetas[b]).sum();
            if (scales[b] > 0) {
                withSignal.add(normalised(replicateBetas[b]));
            }
        }
        double[][] intervals = new double[features][];
        for (int a = 0; a < features; a++) {
            final int f = a;
            double[] column = withSignal.stream().mapToDouble(s -> s[f]).toArray();
            intervals[a] = column.length == 0 ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {Quantiles.of(column, 0.025), Quantiles.of(column, 0.975)};
        }
        double[] scaleInterval = scales.length == 0 ? new double[] {Double.NaN, Double.NaN}
                : new double[] {Quantiles.of(scales, 0.025), Quantiles.of(scales, 0.975)};
        return new Estimate(fit.beta(), normalised(fit.beta()), fit.logLikelihood(), nullLl, lambda, cv, intervals,
                scaleInterval, replicateBetas.length, replicateBetas.length - withSignal.size(), statistic, p,
                settings.permutations(), p < settings.alpha());
    }

    static double nullLogLikelihood(List<ChoiceSet> rounds) {
        double ll = 0;
        for (ChoiceSet r : rounds) {
            ll += ConditionalLogit.nullLogLikelihood(r.size(), r.chosenCount());
        }
        return ll;
    }

    static double[] normalised(double[] beta) {
        double sum = Arrays.stream(beta).sum();
        double[] out = new double[beta.length];
        for (int i = 0; i < beta.length; i++) {
            out[i] = sum > 0 ? beta[i] / sum : 0;
        }
        return out;
    }
}
