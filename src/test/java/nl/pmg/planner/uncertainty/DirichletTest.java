package nl.pmg.planner.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DirichletTest {

    @Test
    void drawsAverageToTheChosenWeightsAndKeepZerosAtZero() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] mean = new double[3];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double[] w = Dirichlet.draw(new double[] {2, 1, 0}, 50, rng);
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1, offset(1e-12));
            assertThat(w[2]).isZero();
            for (int k = 0; k < 3; k++) {
                mean[k] += w[k] / n;
            }
        }
        assertThat(mean[0]).isCloseTo(2.0 / 3, offset(0.005));
        assertThat(mean[1]).isCloseTo(1.0 / 3, offset(0.005));
    }

    @Test
    void higherConcentrationMeansLessSpread() {
        assertThat(spread(10)).isGreaterThan(spread(1000) * 5);
    }

    private static double spread(double concentration) {
        SplittableRandom rng = new SplittableRandom(3);
        double sum = 0;
        double squares = 0;
        int n = 5000;
        for (int i = 0; i < n; i++) {
            double w = Dirichlet.draw(new double[] {1, 1}, concentration, rng)[0];
            sum += w;
            squares += w * w;
        }
        return squares / n - (sum / n) * (sum / n);
    }
}
