package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic decisions for the calibration tests: candidates with features like the index's domain scores
 * (percentile ranks on [0, 1], correlated through a common factor, as deprivation and crime are), and a
 * choice drawn from the conditional logit with known weights. The decisiveness {@code scale} sets the
 * noise: the utility of a candidate is {@code scale × Σ w_a x_a}, so a lower scale is a noisier decision.
 */
final class SyntheticDecisions {

    private SyntheticDecisions() {
    }

    static double[][] features(int n, int p, double correlation, SplittableRandom rng) {
        double[][] raw = new double[n][p];
        for (int i = 0; i < n; i++) {
            double common = gaussian(rng);
            for (int a = 0; a < p; a++) {
                raw[i][a] = Math.sqrt(correlation) * common + Math.sqrt(1 - correlation) * gaussian(rng);
            }
        }
        double[][] x = new double[n][p];
        for (int a = 0; a < p; a++) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            final int f = a;
            java.util.Arrays.sort(order, (i, j) -> Double.compare(raw[i][f], raw[j][f]));
            for (int r = 0; r < n; r++) {
                x[order[r]][a] = r / (n - 1.0);
            }
        }
        return x;
    }

    static ChoiceSet decision(double[][] x, double[] weights, double scale, int k, SplittableRandom rng) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = scale * ConditionalLogit.dot(x[i], weights);
        }
        return new ChoiceSet(codes(x.length), x, ConditionalLogit.sample(u, k, rng));
    }

    /** k candidates chosen uniformly at random: a decision the features cannot explain. */
    static ChoiceSet random(double[][] x, int k, SplittableRandom rng) {
        return decision(x, new double[x[0].length], 0, k, rng);
    }

    static List<String> codes(int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(String.format("GM%04d", i));
        }
        return codes;
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
