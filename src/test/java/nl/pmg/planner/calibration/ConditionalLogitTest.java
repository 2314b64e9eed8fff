package nl.pmg.planner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {

    private static ChoiceSet set(double[][] x, boolean... chosen) {
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            codes.add("A" + i);
        }
        return new ChoiceSet(codes, x, chosen);
    }

    @Test
    void oneOfThreeByHand() {
        // x = 0, 1, 2 and β = ln 2: z = 1, 2, 4, Σz = 7. The last is chosen: P = 4/7.
        // gradient = x_c − E[x] = 2 − (0·1 + 1·2 + 2·4)/7 = 4/7
        // Hessian  = −Var x = −((0 + 2 + 16)/7 − (10/7)²) = −26/49
        ChoiceSet s = set(new double[][] {{0}, {1}, {2}}, false, false, true);
        ConditionalLogit.Evaluation e = ConditionalLogit.evaluate(s, new double[] {Math.log(2)}, true);
        assertEquals(Math.log(4.0 / 7), e.logLikelihood(), 1e-12);
        assertEquals(4.0 / 7, e.gradient()[0], 1e-12);
        assertEquals(-26.0 / 49, e.hessian()[0][0], 1e-12);
    }

    @Test
    void twoOfThreeByHand() {
        // The pairs {0,1}, {0,2}, {1,2} have Π z = 2, 4, 8 (e_2 = 14) and Σ x = 1, 2, 3. {1,2} is chosen:
        // P = 8/14; E[T] = (2 + 8 + 24)/14 = 34/14, gradient = 3 − 34/14 = 4/7;
        // E[T²] = (2 + 16 + 72)/14 = 90/14, Var T = 90/14 − (34/14)² = 26/49.
        ChoiceSet s = set(new double[][] {{0}, {1}, {2}}, false, true, true);
        ConditionalLogit.Evaluation e = ConditionalLogit.evaluate(s, new double[] {Math.log(2)}, true);
        assertEquals(Math.log(8.0 / 14), e.logLikelihood(), 1e-12);
        assertEquals(4.0 / 7, e.gradient()[0], 1e-12);
        assertEquals(-26.0 / 49, e.hessian()[0][0], 1e-12);
    }

    @Test
    void atZeroEverySetIsEquallyLikely() {
        // C(5, 2) = 10 sets of two
        ChoiceSet s = set(new double[][] {{0.1}, {0.5}, {0.2}, {0.9}, {0.4}}, true, false, false, true, false);
        assertEquals(Math.log(1.0 / 10), ConditionalLogit.evaluate(s, new double[] {0}, false).logLikelihood(), 1e-12);
        assertEquals(Math.log(1.0 / 10), ConditionalLogit.nullLogLikelihood(5, 2), 1e-12);
    }

    @Test
    void derivativesAgreeWithFiniteDifferencesOnLargeUtilities() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 300;
        double[][] x = new double[n][3];
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                x[i][a] = rng.nextDouble();
            }
            chosen[i] = i % 15 == 0;
        }
        ChoiceSet s = set(x, chosen);
        // utilities spanning about 200 on the log scale: the row rescaling must keep e_k finite
        double[] beta = {40, 120, 30};
        ConditionalLogit.Evaluation e = ConditionalLogit.evaluate(s, beta, true);
        double h = 1e-5;
        for (int a = 0; a < 3; a++) {
            double[] up = beta.clone();
            double[] down = beta.clone();
            up[a] += h;
            down[a] -= h;
            ConditionalLogit.Evaluation eu = ConditionalLogit.evaluate(s, up, false);
            ConditionalLogit.Evaluation ed = ConditionalLogit.evaluate(s, down, false);
            assertEquals((eu.logLikelihood() - ed.logLikelihood()) / (2 * h), e.gradient()[a], 1e-4);
            for (int b = 0; b < 3; b++) {
                assertEquals((eu.gradient()[b] - ed.gradient()[b]) / (2 * h), e.hessian()[a][b], 1e-3);
            }
        }
    }

    @Test
    void samplingFollowsTheSetProbabilities() {
        // utilities 0, ln 2, ln 4, choose two: P({0,1}) = 2/14, P({0,2}) = 4/14, P({1,2}) = 8/14
        double[] u = {0, Math.log(2), Math.log(4)};
        SplittableRandom rng = new SplittableRandom(11);
        int[] counts = new int[3];
        int draws = 140_000;
        for (int d = 0; d < draws; d++) {
            boolean[] s = ConditionalLogit.sample(u, 2, rng);
            counts[!s[2] ? 0 : !s[1] ? 1 : 2]++;
        }
        // binomial sd of a share ≈ sqrt(0.25/140000) ≈ 0.0013: 0.006 is more than four of them
        assertEquals(2.0 / 14, counts[0] / (double) draws, 0.006);
        assertEquals(4.0 / 14, counts[1] / (double) draws, 0.006);
        assertEquals(8.0 / 14, counts[2] / (double) draws, 0.006);
    }
}
