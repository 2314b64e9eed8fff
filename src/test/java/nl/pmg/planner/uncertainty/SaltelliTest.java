package nl.pmg.planner.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SaltelliTest {

    private static Saltelli.Index[] indices(int n, int p, ToDoubleFunction<double[]> f, long seed) {
        double[][][] ab = Saltelli.design(n, p, new SplittableRandom(seed));
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[p][n];
        for (int j = 0; j < n; j++) {
            fA[j] = f.applyAsDouble(ab[0][j]);
            fB[j] = f.applyAsDouble(ab[1][j]);
            for (int i = 0; i < p; i++) {
                fAB[i][j] = f.applyAsDouble(Saltelli.mixed(ab[0][j], ab[1][j], i));
            }
        }
        return Saltelli.indices(fA, fB, fAB, 100, new SplittableRandom(seed + 1));
    }

    @Test
    void anAdditiveFunctionSplitsItsVarianceByTheTermsVariances() {
        // f = X1 + 2 X2 + 0 X3 on U[0,1): V1 = 1/12, V2 = 4/12, V = 5/12, so S1 = ST1 = 0.2, S2 = ST2 = 0.8, S3 = 0
        Saltelli.Index[] s = indices(20_000, 3, x -> x[0] + 2 * x[1], 1);
        assertEquals(0.2, s[0].first(), 0.02);
        assertEquals(0.2, s[0].total(), 0.02);
        assertEquals(0.8, s[1].first(), 0.02);
        assertEquals(0.8, s[1].total(), 0.02);
        assertEquals(0.0, s[2].first(), 1e-12);
        assertEquals(0.0, s[2].total(), 1e-12);
        assertTrue(s[1].firstLow() <= 0.8 && 0.8 <= s[1].firstHigh(), s[1].toString());
    }

    @Test
    void whichOfTwoIsLargerIsHalfAloneAndHalfTogether() {
        // Y = 1{X1 > X2}: E[Y | X1] = X1 is uniform, V(E[Y|X1]) = 1/12 and V(Y) = 1/4, so S1 = 1/3; given X2 the
        // conditional variance is q(1 − q) with q = 1 − X2 uniform, E = 1/6, so ST1 = (1/6)/(1/4) = 2/3.
        Saltelli.Index[] s = indices(20_000, 2, x -> x[0] > x[1] ? 1 : 0, 2);
        assertEquals(1.0 / 3, s[0].first(), 0.03);
        assertEquals(1.0 / 3, s[1].first(), 0.03);
        assertEquals(2.0 / 3, s[0].total(), 0.03);
        assertEquals(2.0 / 3, s[1].total(), 0.03);
    }

    @Test
    void anOutputThatNeverVariesHasNoIndices() {
        assertNull(indices(100, 2, x -> 1, 3));
    }
}
