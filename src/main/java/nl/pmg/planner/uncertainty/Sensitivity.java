package nl.pmg.planner.uncertainty;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.MissingPolicy;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionProblems;
import nl.pmg.planner.shared.InvalidParameter;
import org.springframework.stereotype.Component;

/**
 * What a selection depends on (OECD/JRC Handbook step 7, and prioritizr's irreplaceability): per area the
 * one-at-a-time weight range per domain, the first-order and total Sobol indices of its selection per
 * domain weight and method choice (Saltelli design, see {@link Saltelli}), and how often it is in the
 * near-optimal selections. Every run re-solves the request's own constrained problem. Row j of the design
 * is drawn from one seeded generator before any run, so results depend only on the request.
 */
@Component
public class Sensitivity {

    static final long DEFAULT_SEED = 20240101L;
    static final double DEFAULT_SPREAD = 0.25;
    static final double DEFAULT_GAP = 0.01;
    static final int DEFAULT_SOLUTIONS = 5000;

    private final SelectionProblems problems;
    private final SensitivityProperties properties;
    private final ExecutorService runs;

    Sensitivity(SelectionProblems problems, SensitivityProperties properties) {
        this.problems = problems;
        this.properties = properties;
        this.runs = Executors.newFixedThreadPool(Math.max(1, properties.threads()), r -> {
            Thread t = new Thread(r, "sensitivity-run");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }

    /**
     * @throws nl.pmg.planner.shared.ApiProblem 400 naming the field, or as the selection request would (400, 422)
     */
    public SensitivityResult run(SensitivityRequest r) {
        long t0 = System.nanoTime();
        if (r == null || r.selection() == null) {
            throw new InvalidParameter("selection", "selection is required: the body of POST /api/selections to analyse.");
        }
        int draws = bounded("draws", r.draws(), properties.draws(), 1, properties.maxDraws());
        double spread = r.weightSpread() == null ? DEFAULT_SPREAD : r.weightSpread();
        if (!(spread > 0 && spread < 1)) {
            throw new InvalidParameter("weightSpread", "weightSpread must be above 0 and below 1.");
        }
        double gap = r.gap() == null ? DEFAULT_GAP : r.gap();
        if (!(gap >= 0 && gap <= 0.2)) {
            throw new InvalidParameter("gap", "gap must be between 0 and 0.2 (a share of the optimal total need).");
        }
        int maxSolutions = bounded("maxSolutions", r.maxSolutions(), DEFAULT_SOLUTIONS, 1, properties.maxSolutions());
        long seed = r.seed() == null ? DEFAULT_SEED : r.seed();
        SelectionProblem problem = problems.prepare(r.selection());
        SensitivityInputs inputs = new SensitivityInputs(problem.framework(), spread,
                orAll("normalisations", r.normalisations(), Normalisation.values()),
                orAll("aggregations", r.aggregations(), Aggregation.values()),
                orAll("missingPolicies", r.missingPolicies(), MissingPolicy.values()));
        int p = inputs.size();
        int n = Math.max(2, draws / (p + 2));
        SelectionProblem.Portfolio portfolio = problem.nearOptimal(gap, maxSolutions);
        SensitivityAnalysis.Outcome o = SensitivityAnalysis.analyse(new SelectionModel(problem), problem.framework(),
                ScoringOptions.defaults(), inputs, n, seed, portfolio.share(), runs, properties.threads());
        return new SensitivityResult(o.runs(), n, seed, spread, inputs.inputs(),
                SensitivityAreas.codes(problem.pool(), problem.base()), o.areas(), new SensitivityResult.Portfolio(gap,
                        portfolio.optimum(), portfolio.bound(), portfolio.solutions(), portfolio.complete()),
                o.infeasible(), problem.dataVintage(), problem.framework().id(), problem.framework().version(),
                notes(inputs, n), (System.nanoTime() - t0) / 1e6);
    }

    private static List<String> notes(SensitivityInputs inputs, int n) {
        List<String> notes = new ArrayList<>();
        notes.add("Indices are Monte Carlo estimates from " + n + " base samples; read them with their 95 % intervals "
                + "(bootstrap over the samples). A first-order index near 0 with a total index well above it means the "
                + "input matters only together with others.");
        if (inputs.inputs().stream().anyMatch(i -> i.id().equals("missingPolicy"))) {
            notes.add("At gemeente level there is no parent area to impute from: IMPUTE_PARENT falls back to "
                    + "re-weighting, so the missing-value rule cannot change the selection (its indices are 0).");
        }
        return notes;
    }

    private static <T> List<T> orAll(String field, List<T> given, T[] all) {
        if (given != null && given.contains(null)) {
            throw new InvalidParameter(field, field + " must not contain null.");
        }
        return given == null || given.isEmpty() ? List.of(all) : given.stream().distinct().toList();
    }

    private static int bounded(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new InvalidParameter(field, field + " must be between " + min + " and " + max + ".");
        }
        return v;
    }
}
