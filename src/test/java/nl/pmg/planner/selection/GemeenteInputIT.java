package nl.pmg.planner.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.Scores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The gemeente matrix that the uncertainty, sensitivity and calibration runs re-score gives exactly the
 * scores the selection itself uses (the scoring feature's own gemeente run of the default framework).
 */
@SpringBootTest
class GemeenteInputIT {

    @Autowired
    GemeenteInput gemeenteInput;

    @Autowired
    Scores scores;

    @Test
    void rescoringTheGemeenteMatrixGivesTheSelectionsOwnScores() {
        Map<String, Double> own = new HashMap<>();
        scores.defaults(Level.GEMEENTE).result().areas().forEach(a -> own.put(a.code(), a.score()));
        var rescored = new ScoringEngine().score(Scores.defaultFramework(), gemeenteInput.build(Scores.defaultFramework()),
                ScoringOptions.defaults());
        assertThat(rescored.areas()).hasSize(own.size());
        for (AreaScore a : rescored.areas()) {
            Double expected = own.get(a.code());
            if (Double.isNaN(expected)) {
                assertThat(a.score()).as(a.code()).isNaN();
            } else {
                assertThat(a.score()).as(a.code()).isEqualTo(expected);
            }
        }
    }
}
