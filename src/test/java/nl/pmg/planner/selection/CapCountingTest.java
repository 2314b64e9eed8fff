package nl.pmg.planner.selection;

import static nl.pmg.planner.selection.Instances.cand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Caps count new additions or the whole programme, per family, with per-region overrides and named regions. */
class CapCountingTest {

    private final Solver solver = new Solver(5);

    /** Two police units of four candidates each; scores fall from U1C0 (80) to U2C3 (40). */
    private static List<Candidate> twoUnits() {
        List<Candidate> all = new ArrayList<>();
        for (int u = 1; u <= 2; u++) {
            for (int i = 0; i < 4; i++) {
                all.add(cand("U" + u + "C" + i, 90 - 10 * u - i, "RE" + u, 1));
            }
        }
        return all;
    }

    private static Constraints perUnit(Constraints.Bounds b) {
        return new Constraints(null, null, null, null, null, b, null, null, null, null, null, null, null);
    }

    private static Problem problem(Set<String> locked, int add, Constraints.Bounds b) {
        return ProblemBuilder.build(twoUnits(), locked, add, Objective.SCORE, perUnit(b),
                Map.of("RE1", "Noord-Nederland", "RE2", "Oost-Nederland"));
    }

    private List<String> chosen(Problem p) {
        return Selections.solveOrThrow(p, Selections.needs(p), solver).chosen().stream().map(Candidate::code).toList();
    }

    @Test
    void countingTheWholeProgrammeLeavesNoRoomWhereMembersFillTheCap() {
        // RE1 has two locked-in members; max 2 counting the programme → RE1 is full, both additions from RE2.
        Problem p = problem(Set.of("U1C0", "U1C1"), 2,
                new Constraints.Bounds(null, 2, Constraints.Counting.PROGRAMME, null));
        assertThat(chosen(p)).containsExactly("U2C0", "U2C1");
    }

    @Test
    void countingAdditionsOnlyIgnoresTheMembers() {
        // Same cap counting additions: the best two remaining, U1C2 (68) and U1C3 (67), both in RE1.
        Problem p = problem(Set.of("U1C0", "U1C1"), 2,
                new Constraints.Bounds(null, 2, Constraints.Counting.ADDITIONS, null));
        assertThat(chosen(p)).containsExactly("U1C2", "U1C3");
    }

    @Test
    void anOverrideReplacesTheCapForOneRegion() {
        // max 1 per unit, but RE1 may take 3: U1C0, U1C1, U1C2 (80, 79, 78) and U2C0 (70).
        Problem p = problem(Set.of(), 4, new Constraints.Bounds(null, 1, Constraints.Counting.ADDITIONS,
                Map.of("RE1", new Constraints.Limit(null, 3))));
        assertThat(chosen(p)).containsExactly("U1C0", "U1C1", "U1C2", "U2C0");
    }

    @Test
    void infeasibleCapsNameTheRegionForPeople() {
        Problem p = problem(Set.of("U1C0", "U1C1", "U1C2"), 1,
                new Constraints.Bounds(null, 2, Constraints.Counting.PROGRAMME, null));
        List<Conflict> c = PreChecks.find(p);
        assertThat(c).extracting(Conflict::detail).contains("Noord-Nederland already has 3 programme members, more "
                + "than the maximum of 2 that counts the whole programme");
        assertThat(c.get(0).params()).containsEntry("regionName", "Noord-Nederland").containsEntry("region", "RE1");
    }

    @Test
    void theLegacySwitchStillDecidesWhenAFamilySaysNothing() {
        Constraints legacy = new Constraints(null, null, null, null, null, new Constraints.Bounds(null, 2), null, false,
                null, null, null, null, null);
        Problem p = ProblemBuilder.build(twoUnits(), Set.of("U1C0", "U1C1"), 2, Objective.SCORE, legacy);
        assertThat(p.countsProgramme(Family.POLICE_UNIT)).isFalse();
        assertThat(chosen(p)).containsExactly("U1C2", "U1C3");
    }
}
