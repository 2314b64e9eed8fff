package nl.pmg.planner.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SelectionProblemTest {

    @Test
    void withoutFamiliesTheUniqueOptimumIsTheKLargestNeeds() {
        // needs 5, 9, 1, 7: the two largest are 9 and 7, strictly above the third (5)
        assertArrayEquals(new boolean[] {false, true, false, true},
                SelectionProblem.uniqueTopK(new long[] {5, 9, 1, 7}, 2));
    }

    @Test
    void aTieAtTheCutIsLeftToTheSolver() {
        // the 2nd and 3rd largest are both 7: two optima, so the shortcut must not pick one
        assertNull(SelectionProblem.uniqueTopK(new long[] {7, 9, 1, 7}, 2));
    }

    @Test
    void takingEveryCandidateHasNoCut() {
        assertArrayEquals(new boolean[] {true, true}, SelectionProblem.uniqueTopK(new long[] {3, 3}, 2));
    }
}
