package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoringOptionsTest {

    @Test
    void defaultsAreTheOnesArguedInTheMethodDocument() {
        assertThat(ScoringOptions.defaults()).isEqualTo(new ScoringOptions(Normalisation.PERCENTILE_RANK,
                Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT, 0.65, 1, 99, true, 90));
    }

    @Test
    void rejectsCoverageGivenAsAPercentage() {
        assertThatThrownBy(() -> new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT,
                65, 1, 99, true, 90)).isInstanceOf(InvalidScoringOptions.class).hasMessageContaining("minCoverage");
    }

    @Test
    void rejectsWinsorPercentilesInTheWrongOrder() {
        assertThatThrownBy(() -> new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT,
                0.65, 99, 1, true, 90)).isInstanceOf(InvalidScoringOptions.class).hasMessageContaining("winsorLowerPct");
    }

    @Test
    void rejectsZeroFlagPercentile() {
        assertThatThrownBy(() -> new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT,
                0.65, 1, 99, true, 0)).isInstanceOf(InvalidScoringOptions.class).hasMessageContaining("flagPercentile");
    }
}
