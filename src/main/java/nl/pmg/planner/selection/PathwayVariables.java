package nl.pmg.planner.selection;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.List;

/**
 * The pathway part of the CP-SAT model: for each pooled candidate a severity and a prevention boolean with
 * {@code x = severity + prevention} (so an area comes in by exactly one pathway), at least the reserved number
 * of places per pathway when the family is enforced, and the objective that counts each chosen area with its
 * need on its own pathway. A candidate without a prevention score can come in by severity only.
 */
final class PathwayVariables {

    private final BoolVar[] severity;
    private final BoolVar[] prevention;
    private final long[] preventionNeeds;

    private PathwayVariables(BoolVar[] severity, BoolVar[] prevention, long[] preventionNeeds) {
        this.severity = severity;
        this.prevention = prevention;
        this.preventionNeeds = preventionNeeds;
    }

    static PathwayVariables add(CpModel m, Problem p, BoolVar[] x, boolean reserve) {
        List<Candidate> pool = p.pool();
        BoolVar[] s = new BoolVar[pool.size()];
        BoolVar[] v = new BoolVar[pool.size()];
        long[] prevention = new long[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            s[i] = m.newBoolVar(pool.get(i).code() + ":severity");
            v[i] = m.newBoolVar(pool.get(i).code() + ":prevention");
            m.addEquality(LinearExpr.sum(new BoolVar[] {s[i], v[i]}), x[i]);
            if (Double.isNaN(pool.get(i).preventionScore())) {
                m.addEquality(v[i], 0);
            } else {
                prevention[i] = p.objective().preventionCoefficient(pool.get(i));
            }
        }
        if (reserve) {
            m.addGreaterOrEqual(LinearExpr.sum(s), p.pathways().reserved(Pathway.SEVERITY));
            m.addGreaterOrEqual(LinearExpr.sum(v), p.pathways().reserved(Pathway.PREVENTION));
        }
        return new PathwayVariables(s, v, prevention);
    }

    /** Σ severity need × severity boolean + Σ prevention need × prevention boolean. */
    LinearExpr objective(long[] severityNeeds) {
        LinearExprBuilder b = LinearExpr.newBuilder();
        b.addWeightedSum(severity, severityNeeds);
        b.addWeightedSum(prevention, preventionNeeds);
        return b.build();
    }

    long preventionNeed(int i) {
        return preventionNeeds[i];
    }

    Pathway pathwayOf(CpSolver s, int i) {
        return s.booleanValue(prevention[i]) ? Pathway.PREVENTION : Pathway.SEVERITY;
    }
}
