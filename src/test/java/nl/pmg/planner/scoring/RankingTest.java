package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void descendingRanksPutTheHighestFirstAndShareTies() {
        assertThat(Ranking.descendingRanks(new double[] {5, 9, 5, NaN, 1})).containsExactly(2, 1, 2, 0, 4);
    }

    @Test
    void aSingleValueSitsAtTheMiddlePercentile() {
        assertThat(Ranking.percentileRanks(new double[] {NaN, 7})).containsExactly(NaN, 50);
    }

    @Test
    void negativeAndPositiveZeroTie() {
        assertThat(Ranking.percentileRanks(new double[] {-0.0, 0.0, 1})).containsExactly(25, 25, 100);
    }
}
