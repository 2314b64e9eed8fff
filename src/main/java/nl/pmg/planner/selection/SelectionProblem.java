package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringInput;

/**
 * A selection request turned into a problem that can be solved again with other scores: what the
 * uncertainty and sensitivity analyses do thousands of times. Filters, locked-in members and constraint
 * families stay as in the request; only the needs change. Safe for concurrent use (CP-SAT runs
 * single-threaded per call, so equal scores give equal answers whichever thread asks).
 */
public final class SelectionProblem {

    /** Far below any real need: an area a draw cannot score must not be picked for free. */
    private static final long UNSCORED = -1_000_000_000_000L;

    private final Selections.Prepared prepared;
    private final ScoringInput input;
    private final Solver solver;
    private final int[] inputIndex;
    private final boolean topKOnly;
    private final boolean[] base;
    private final long optimum;
    private final Solver.Solution solution;

    SelectionProblem(Selections.Prepared prepared, ScoringInput input, Solver solver) {
        this.prepared = prepared;
        this.input = input;
        this.solver = solver;
        Problem p = prepared.problem();
        this.inputIndex = p.pool().stream().mapToInt(c -> input.codes().indexOf(c.code())).toArray();
        // pathways make the objective per pathway: no longer the k largest severity needs
        this.topKOnly = p.activeFamilies().isEmpty() && p.pathways() == null;
        Solver.Solution solution = Selections.solveOrThrow(p, prepared.needs(), solver);
        this.base = mask(solution);
        this.optimum = solution.objective();
        this.solution = solution;
    }

    /** The gemeente matrix of the request's data vintage, the one to rescore. */
    public ScoringInput input() {
        return input;
    }

    /** The framework the request ran with (the default when it named none). */
    public Framework framework() {
        return prepared.framework();
    }

    /** Codes of the candidates the solver chooses from, in pool order. */
    public List<String> pool() {
        return prepared.problem().pool().stream().map(Candidate::code).toList();
    }

    public String name(int poolIndex) {
        return prepared.problem().pool().get(poolIndex).name();
    }

    /** How many municipalities the request adds. */
    public int add() {
        return prepared.problem().add();
    }

    /** The request's own selection, as a mask over {@link #pool()}. */
    public boolean[] base() {
        return base.clone();
    }

    /** The catalogue entry of an indicator in the request's data vintage (its source and year as of then). */
    public java.util.Optional<nl.pmg.planner.indicator.Indicator> catalogueEntry(String indicatorId) {
        return prepared.vintage().values().find(indicatorId);
    }

    /** {@code SCORE} or {@code SCORE_X_YOUNG_PEOPLE}: the unit of needs and replacement costs. */
    public String objective() {
        return prepared.problem().objective().name();
    }

    /** The request fields of the constraint families the problem enforces, e.g. {@code perProvince}. */
    public List<String> activeConstraints() {
        return prepared.problem().activeFamilies().stream().map(Family::field).toList();
    }

    /**
     * The pathway a base-selected candidate comes in by ({@code severity} or {@code prevention}); null when the
     * request reserves no places (every area is then on the severity pathway).
     */
    public String pathway(int poolIndex) {
        return prepared.problem().pathways() == null ? null
                : solution.pathway(prepared.problem().pool().get(poolIndex).code()).id();
    }

    /** {@code latest} or the as-of data set the request was scored on. */
    public String dataVintage() {
        return prepared.vintage().id();
    }

    public List<String> indicatorsFromLaterYears() {
        return prepared.vintage().fromLaterYears(prepared.framework());
    }

    /**
     * Solves the same problem with other scores.
     *
     * @param scores one score per area of {@link #input()}, in its order; {@code NaN} = not scored
     * @return the chosen candidates as a mask over {@link #pool()}, or {@code null} when no selection
     *         satisfies the constraints with these scores
     */
    public boolean[] solve(double[] scores) {
        long[] needs = needs(scores);
        boolean[] top = topKOnly ? uniqueTopK(needs, add()) : null;
        if (top != null) {
            return top;
        }
        Solver.Solution s = solver.solve(prepared.problem(), needs, prepared.problem().activeFamilies());
        return s.found() ? mask(s) : null;
    }

    /**
     * The near-optimal portfolio of the request's own selection: every selection within {@code gap} (a share
     * of the optimal total need, e.g. 0.01) of the optimum, up to {@code limit}.
     *
     * @return per pooled candidate the share of those selections that contain it, the number of selections,
     *         and whether the enumeration was complete
     */
    public Portfolio nearOptimal(double gap, int limit) {
        long[] needs = prepared.needs();
        NearOptimal n = NearOptimal.enumerate(prepared.problem(), needs, optimum, gap, limit, 30);
        int[] count = new int[base.length];
        for (boolean[] s : n.solutions()) {
            for (int i = 0; i < s.length; i++) {
                count[i] += s[i] ? 1 : 0;
            }
        }
        double[] share = new double[base.length];
        for (int i = 0; i < share.length; i++) {
            share[i] = n.solutions().isEmpty() ? 0 : (double) count[i] / n.solutions().size();
        }
        return new Portfolio(share, n.solutions().size(), n.complete(), prepared.problem().objective().unscale(optimum),
                prepared.problem().objective().unscale(n.bound()));
    }

    /**
     * How much the optimal total need (in the objective's unit) drops when pooled candidate {@code i} may not be
     * chosen and the rest is re-optimised: prioritizr's replacement cost; null when no selection exists without it.
     */
    public Double replacementCost(int i) {
        Problem p = prepared.problem();
        long[] needs = prepared.needs();
        Solver.Solution without = solver.solve(p, needs, p.activeFamilies(), java.util.Set.of(),
                java.util.Set.of(p.pool().get(i).code()));
        return without.found() ? p.objective().unscale(optimum - without.objective()) : null;
    }

    /** Selection frequency over the near-optimal selections (prioritizr's portfolio irreplaceability). */
    public record Portfolio(double[] share, int solutions, boolean complete, double optimum, double bound) {
    }

    long[] needs(double[] scores) {
        Problem p = prepared.problem();
        long[] needs = new long[inputIndex.length];
        for (int i = 0; i < needs.length; i++) {
            double score = scores[inputIndex[i]];
            needs[i] = Double.isNaN(score) ? UNSCORED : p.objective().coefficient(p.pool().get(i).withScore(score));
        }
        return needs;
    }

    /**
     * Without constraint families the optimum is the {@code k} largest needs; when the k-th is strictly
     * above the (k+1)-th it is the only optimum, so CP-SAT would return exactly it. Ties go to the solver.
     */
    static boolean[] uniqueTopK(long[] needs, int k) {
        if (k <= 0 || k > needs.length) {
            return null;
        }
        long[] sorted = needs.clone();
        Arrays.sort(sorted);
        long kth = sorted[sorted.length - k];
        if (k < sorted.length && sorted[sorted.length - k - 1] == kth) {
            return null;
        }
        boolean[] chosen = new boolean[needs.length];
        for (int i = 0; i < needs.length; i++) {
            chosen[i] = needs[i] >= kth;
        }
        return chosen;
    }

    private boolean[] mask(Solver.Solution s) {
        List<Candidate> pool = prepared.problem().pool();
        List<String> chosen = new ArrayList<>(s.chosen().stream().map(Candidate::code).toList());
        boolean[] m = new boolean[pool.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = chosen.contains(pool.get(i).code());
        }
        return m;
    }
}
