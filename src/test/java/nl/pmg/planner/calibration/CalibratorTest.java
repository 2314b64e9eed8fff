package nl.pmg.planner.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Synthetic decisions from known weights, 330 candidates with five correlated percentile-like features
 * (as the 342 gemeenten minus the locked-in ones, and the five domains). Tolerances are on the largest
 * absolute error of the five weight shares, averaged over five seeds: 0.10 for a decision of 20 areas
 * (the size of the 2024 round) at three noise levels, 0.12 when the decision maker is not a logit but
 * takes the top 20 of a noisy score, and 0.18 for 8 areas (the size of the 2023 round) — eight choices
 * pin weights down only that far, and the report says so with its intervals.
 */
class CalibratorTest {

    private static final double[] TRUE_WEIGHTS = {0.35, 0.30, 0.20, 0.15, 0.0};
    private static final int CANDIDATES = 330;

    /** Replicates run on two threads, as in the service; the results do not depend on it (tested below). */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(2,
            r -> {
                Thread t = new Thread(r, "calibrator-test");
                t.setDaemon(true);
                return t;
            });

    private static Calibrator.Estimate calibrate(ChoiceSet s, Calibrator.Settings settings) {
        return Calibrator.calibrate(List.of(s), settings, POOL);
    }

    private static Calibrator.Settings settings(int bootstrap, int permutations, long seed) {
        return new Calibrator.Settings(4, 3, bootstrap, permutations, 0.05, seed);
    }

    private static double maxError(double[] shares) {
        double err = 0;
        for (int i = 0; i < shares.length; i++) {
            err = Math.max(err, Math.abs(shares[i] - TRUE_WEIGHTS[i]));
        }
        return err;
    }

    @Test
    void recoversKnownWeightsFromTwentyChoicesAtThreeNoiseLevels() {
        int covered = 0;
        int intervals = 0;
        for (double scale : new double[] {60, 30, 15}) {
            double error = 0;
            for (int seed = 1; seed <= 5; seed++) {
                SplittableRandom rng = new SplittableRandom(seed);
                double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
                ChoiceSet s = SyntheticDecisions.decision(x, TRUE_WEIGHTS, scale, 20, rng);
                Calibrator.Estimate e = calibrate(s, settings(60, 39, seed));
                error += maxError(e.shares());
                assertTrue(e.explained(), "scale " + scale + " seed " + seed + ": p = " + e.pValue());
                for (int a = 0; a < 5; a++) {
                    intervals++;
                    double[] ci = e.shareIntervals()[a];
                    covered += ci[0] - 1e-9 <= TRUE_WEIGHTS[a] && TRUE_WEIGHTS[a] <= ci[1] + 1e-9 ? 1 : 0;
                }
            }
            assertTrue(error / 5 <= 0.10, "scale " + scale + ": mean largest error " + error / 5);
        }
        // nominal 95 %; percentile intervals of a ridge estimate from 20 choices may undercover a little
        assertTrue(covered >= 0.8 * intervals, covered + " of " + intervals + " intervals cover the true weight");
    }

    @Test
    void recoversWeightsWhenTheDecisionWasTheTopTwentyOfANoisyScore() {
        for (double sigma : new double[] {0.02, 0.05, 0.10}) {
            double error = 0;
            for (int seed = 1; seed <= 5; seed++) {
                SplittableRandom rng = new SplittableRandom(seed);
                double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
                double[] u = new double[CANDIDATES];
                for (int i = 0; i < CANDIDATES; i++) {
                    u[i] = ConditionalLogit.dot(x[i], TRUE_WEIGHTS) + sigma * gaussian(rng);
                }
                double cut = Arrays.stream(u).sorted().toArray()[CANDIDATES - 20];
                boolean[] chosen = new boolean[CANDIDATES];
                for (int i = 0; i < CANDIDATES; i++) {
                    chosen[i] = u[i] >= cut;
                }
                ChoiceSet s = new ChoiceSet(SyntheticDecisions.codes(CANDIDATES), x, chosen);
                error += maxError(calibrate(s, settings(20, 39, seed)).shares());
            }
            assertTrue(error / 5 <= 0.12, "sigma " + sigma + ": mean largest error " + error / 5);
        }
    }

    @Test
    void eightChoicesRecoverWeightsOnlyRoughly() {
        double error = 0;
        for (int seed = 1; seed <= 5; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
            ChoiceSet s = SyntheticDecisions.decision(x, TRUE_WEIGHTS, 30, 8, rng);
            Calibrator.Estimate e = calibrate(s, settings(20, 39, seed));
            error += maxError(e.shares());
            assertTrue(e.explained(), "seed " + seed + ": p = " + e.pValue());
        }
        assertTrue(error / 5 <= 0.18, "mean largest error " + error / 5);
    }

    @Test
    void randomChoicesAreReportedAsNotExplained() {
        // At alpha 0.05 a random choice is "explained" by chance one time in twenty; four or more of
        // twenty would happen with probability 1.6 % under the null, so the test allows three.
        int explained = 0;
        for (int seed = 1; seed <= 20; seed++) {
            SplittableRandom rng = new SplittableRandom(100 + seed);
            double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
            Calibrator.Estimate e = calibrate(SyntheticDecisions.random(x, 8, rng), settings(5, 39, seed));
            explained += e.explained() ? 1 : 0;
            assertTrue(e.pValue() > 0 && e.pValue() <= 1);
        }
        assertTrue(explained <= 3, explained + " of 20 random choices reported as explained");
    }

    @Test
    void aChoiceOfTheTopOnOneFeatureGivesThatFeatureAlmostAllWeight() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = SyntheticDecisions.features(100, 3, 0.0, rng);
        boolean[] chosen = new boolean[100];
        for (int i = 0; i < 100; i++) {
            chosen[i] = x[i][1] >= 0.9;
        }
        Calibrator.Estimate e = calibrate(new ChoiceSet(SyntheticDecisions.codes(100), x, chosen), settings(20, 39, 1));
        assertTrue(e.shares()[1] > 0.9, Arrays.toString(e.shares()));
        assertTrue(e.explained());
        assertEquals(1.0 / 40, e.pValue(), 1e-12, "no permutation reaches a perfect separation");
    }

    @Test
    void theSameSeedGivesTheSameEstimate() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
        ChoiceSet s = SyntheticDecisions.decision(x, TRUE_WEIGHTS, 30, 8, rng);
        Calibrator.Estimate a = calibrate(s, settings(40, 39, 9));
        Calibrator.Estimate b = calibrate(s, settings(40, 39, 9));
        assertArrayEquals(a.shares(), b.shares());
        assertArrayEquals(a.shareIntervals()[0], b.shareIntervals()[0]);
        assertEquals(a.pValue(), b.pValue());
        assertFalse(Arrays.equals(a.shareIntervals()[0],
                calibrate(s, settings(40, 39, 10)).shareIntervals()[0]),
                "another seed draws other bootstrap samples");
    }

    @Test
    void replicatesOnAPoolGiveTheSameEstimateAsOnOneThread() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] x = SyntheticDecisions.features(CANDIDATES, 5, 0.4, rng);
        ChoiceSet s = SyntheticDecisions.decision(x, TRUE_WEIGHTS, 30, 8, rng);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Calibrator.Estimate one = Calibrator.calibrate(List.of(s), settings(30, 39, 5));
            Calibrator.Estimate three = Calibrator.calibrate(List.of(s), settings(30, 39, 5), pool);
            assertArrayEquals(one.shareIntervals()[2], three.shareIntervals()[2]);
            assertEquals(one.pValue(), three.pValue());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
