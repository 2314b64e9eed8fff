package nl.pmg.planner.selection;

import java.util.List;
import java.util.Set;

/** Small hand-solvable selection instances for the solver tests. */
final class Instances {

    private Instances() {
    }

    /** A candidate in province P1, RIEC R1, urbanity class 1, with 100 young people and a rising trend. */
    static Candidate cand(String code, double score, String policeUnit, long costEur) {
        return new Candidate(code, code, "P1", policeUnit, "R1", score, 100, 10_000, 1, 1.0, 0, costEur);
    }

    static Candidate inProvince(Candidate c, String province) {
        return new Candidate(c.code(), c.name(), province, c.policeUnit(), c.riec(), c.score(), c.youngPeople(),
                c.population(), c.urbanityClass(), c.trendPctPerYear(), c.topDecileBuurten(), c.costEur());
    }

    static Candidate withUrbanity(Candidate c, int urbanityClass) {
        return new Candidate(c.code(), c.name(), c.province(), c.policeUnit(), c.riec(), c.score(), c.youngPeople(),
                c.population(), urbanityClass, c.trendPctPerYear(), c.topDecileBuurten(), c.costEur());
    }

    static Candidate withPrevention(Candidate c, double preventionScore) {
        return c.withPreventionScore(preventionScore);
    }

    static Problem problem(List<Candidate> all, Set<String> locked, int add, Constraints c) {
        return ProblemBuilder.build(all, locked, add, Objective.SCORE, c);
    }

    static Constraints budget(double eur) {
        return new Constraints(null, null, eur, null, null, null, null, null, null, null, null, null, null);
    }

    static Constraints perPoliceUnit(Integer min, Integer max) {
        return new Constraints(null, null, null, null, null, new Constraints.Bounds(min, max), null, null, null, null,
                null, null, null);
    }
}
