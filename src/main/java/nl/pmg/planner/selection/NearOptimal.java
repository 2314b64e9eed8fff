package nl.pmg.planner.selection;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Every selection whose total need is within a gap of the optimum, as a portfolio of near-optimal
 * solutions in the sense of prioritizr ({@code add_gap_portfolio}): the model without an objective plus
 * {@code total need ≥ bound}, with CP-SAT enumerating all solutions (a selection that pathways can split in
 * several ways counts once). Stops at {@code limit} and says so.
 *
 * @param optimum   the optimal total need (integer, as the solver sees it)
 * @param bound     the least total need admitted
 * @param solutions masks over the pool, in the order CP-SAT found them
 * @param complete  false when the limit cut the enumeration short (the shares then cover the first found only)
 */
record NearOptimal(long optimum, long bound, List<boolean[]> solutions, boolean complete) {

    static NearOptimal enumerate(Problem p, long[] needs, long optimum, double gap, int limit, double timeLimitSeconds) {
        long bound = optimum - (long) Math.floor(gap * Math.abs(optimum));
        Solver.Model model = Solver.model(p, p.activeFamilies(), java.util.Set.of(), java.util.Set.of());
        BoolVar[] x = model.x();
        model.model().addGreaterOrEqual(model.objective(needs), bound);
        List<boolean[]> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(); // with pathways one selection comes in several splits
        boolean[] cut = {false};
        CpSolver s = new CpSolver();
        s.getParameters().setNumWorkers(1).setEnumerateAllSolutions(true).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus status = s.solve(model.model(), new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                boolean[] m = new boolean[x.length];
                StringBuilder key = new StringBuilder(x.length);
                for (int i = 0; i < x.length; i++) {
                    m[i] = booleanValue(x[i]);
                    key.append(m[i] ? '1' : '0');
                }
                if (seen.add(key.toString())) {
                    found.add(m);
                }
                if (found.size() >= limit) {
                    cut[0] = true;
                    stopSearch();
                }
            }
        });
        boolean complete = !cut[0] && (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE);
        return new NearOptimal(optimum, bound, found, complete);
    }
}
