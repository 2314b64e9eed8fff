package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.programme.Member;
import org.junit.jupiter.api.Test;

/**
 * The comparison window of a 2022 starter is 2021–2025. Fixture: P starts in 2022; J, the municipality most like
 * P, joins on 2024-04-04, in the middle of P's window; L joins in 2026, after it; E left in 2020, before it;
 * A and B never take part.
 */
class ComparisonWindowTest {

    private static Member member(String code, String start, String end) {
        return new Member(code, code, "t", Integer.parseInt(start.substring(0, 4)), start, "day", end, null,
                "structural", null, "fixture", "shipped");
    }

    private static final List<Member> MEMBERSHIPS = List.of(member("P", "2022-01-01", null),
            member("J", "2024-04-04", null), member("L", "2026-06-01", null), member("E", "2018-01-01", "2020-12-31"));

    @Test
    void excludesEveryoneInTheProgrammeAtAnyTimeInTheWindow() {
        ComparisonWindow w = ComparisonWindow.forStart(2022);
        assertThat(w.label()).isEqualTo("2021–2025");
        assertThat(w.inProgramme(MEMBERSHIPS)).containsExactly("J", "P");
        assertThat(ComparisonWindow.forStart(2024).inProgramme(MEMBERSHIPS)).containsExactly("J", "P");
    }

    @Test
    void aMunicipalityThatJoinsMidWindowIsNeitherComparisonNorPlacebo() {
        // one matching variable; distances to P (1.0): J 0.05, A 0.2, L 0.3, E 0.4, B 2.0
        Map<String, double[]> features = new LinkedHashMap<>();
        features.put("P", new double[] {1.0});
        features.put("J", new double[] {1.05});
        features.put("A", new double[] {1.2});
        features.put("L", new double[] {1.3});
        features.put("E", new double[] {1.4});
        features.put("B", new double[] {3.0});
        Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
        for (String code : features.keySet()) {
            values.put(code, Map.of(2021, 10.0, 2022, 10.0, 2023, 11.0, 2024, 12.0, 2025, 13.0));
        }
        Set<String> excluded = ComparisonWindow.forStart(2022).inProgramme(MEMBERSHIPS);
        Comparison.Result r = new Comparison(2022, features, values, excluded, 2).run("P", 0.9);

        // without the window J (the nearest) would be in the group; L (joins after 2025) and E (left before 2021) may be
        assertThat(r.group()).extracting(Matching.Match::code).containsExactly("A", "L");
        // placebos: every area outside the programme in the window — A, L, E, B — never J or P
        assertThat(r.placeboCount()).isEqualTo(4);
    }
}
