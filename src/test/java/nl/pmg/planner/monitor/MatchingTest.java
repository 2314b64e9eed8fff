package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void neverPicksAProgrammeMunicipalityEvenWhenItIsTheNearest() {
        Map<String, double[]> features = new LinkedHashMap<>();
        features.put("GM_P", new double[] {100, 1});
        features.put("GM_Q", new double[] {100, 1}); // another programme municipality, identical to the target
        features.put("GM_A", new double[] {110, 1});
        features.put("GM_B", new double[] {300, 5});
        features.put("GM_C", new double[] {90, 2});

        var matches = Matching.nearest("GM_P", features, Set.of("GM_P", "GM_Q"), 2);

        assertThat(matches).extracting(Matching.Match::code).containsExactly("GM_A", "GM_C");
    }

    @Test
    void standardisesSoThatAVariableInLargeUnitsDoesNotDominate() {
        Map<String, double[]> features = new LinkedHashMap<>();
        features.put("T", new double[] {1000, 1});
        features.put("A", new double[] {1100, 1}); // 100 inhabitants away, same urbanity
        features.put("B", new double[] {1000, 5}); // same size, opposite urbanity
        features.put("C", new double[] {3000, 3});

        var matches = Matching.nearest("T", features, Set.of(), 1);

        assertThat(matches).extracting(Matching.Match::code).containsExactly("A");
    }

    @Test
    void returnsFewerThanKWhenTooFewCandidates() {
        Map<String, double[]> features = Map.of("T", new double[] {1}, "A", new double[] {2});

        assertThat(Matching.nearest("T", features, Set.of("T"), 5)).hasSize(1);
    }
}
