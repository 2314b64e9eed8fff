package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalisationTest {

    private static double[] normalise(Normalisation normalisation, double reference, double... values) {
        double[] copy = values.clone();
        normalisation.apply(copy, reference);
        return copy;
    }

    @Test
    void minMaxMapsLowestToZeroAndHighestToHundred() {
        // min 2, max 10, range 8: 4 → 100·2/8 = 25
        assertThat(normalise(Normalisation.MIN_MAX, NaN, 2, 4, NaN, 10))
                .containsExactly(new double[] {0, 25, NaN, 100}, within(1e-12));
    }

    @Test
    void zScoreUsesMeanAndPopulationStandardDeviation() {
        // mean 5; squared deviations 9,1,1,1,0,0,4,16 sum to 32; 32/8 = 4; sd 2
        assertThat(normalise(Normalisation.Z_SCORE, NaN, 2, 4, 4, 4, 5, 5, 7, 9, NaN))
                .containsExactly(new double[] {-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2, NaN}, within(1e-12));
    }

    @Test
    void percentileRankGivesTiesTheirAverageRank() {
        // sorted 10,20,20,40 → ranks 1, 2.5, 2.5, 4 → (r − 1)/3 · 100
        assertThat(normalise(Normalisation.PERCENTILE_RANK, NaN, 20, 10, NaN, 40, 20))
                .containsExactly(new double[] {50, 0, NaN, 100, 50}, within(1e-12));
    }

    @Test
    void distanceToNationalIsPerCentAboveTheReference() {
        // 100 · (x − 80) / 80
        assertThat(normalise(Normalisation.DISTANCE_TO_NATIONAL, 80, 40, 80, 100, NaN))
                .containsExactly(new double[] {-50, 0, 25, NaN}, within(1e-12));
    }

    @Test
    void distanceToNationalWithNegatedInputsMirrorsForLowerIsRiskier() {
        // The engine negates value and reference: 100 · (80 − x) / 80
        assertThat(normalise(Normalisation.DISTANCE_TO_NATIONAL, -80, -40, -80, -100))
                .containsExactly(new double[] {50, 0, -25}, within(1e-12));
    }

    @Test
    void percentileRankOfNegatedValuesIsTheMirrorImage() {
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        double[] up = normalise(Normalisation.PERCENTILE_RANK, NaN, values);
        double[] down = normalise(Normalisation.PERCENTILE_RANK, NaN, negated);
        for (int i = 0; i < values.length; i++) {
            assertThat(down[i]).isCloseTo(100 - up[i], within(1e-9));
        }
    }

    @Test
    void onlyDistanceToNationalNeedsAReference() {
        assertThat(Normalisation.DISTANCE_TO_NATIONAL.needsReference()).isTrue();
        assertThat(Normalisation.MIN_MAX.needsReference()).isFalse();
        assertThat(Normalisation.Z_SCORE.needsReference()).isFalse();
        assertThat(Normalisation.PERCENTILE_RANK.needsReference()).isFalse();
    }
}
