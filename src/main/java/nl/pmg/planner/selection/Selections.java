package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.Scores;
import org.springframework.stereotype.Component;

/**
 * Answers a selection request: score (default framework unless one is given), build the problem, run the
 * exact pre-checks, solve with CP-SAT, and explain. When the solver proves infeasibility that the
 * pre-checks missed, a deletion filter over the constraint families finds a minimal set that conflicts.
 */
@Component
public class Selections {

    /** A request turned into a solvable problem, with what is needed to explain the answer. */
    record Prepared(Problem problem, long[] needs, Framework framework, Map<String, AreaScore> scores,
            Map<String, String> domainOf, Scores.LevelScores levelScores, Candidates.CostRule cost,
            DataVintage vintage, Map<String, AreaScore> prevention) {

        /** Code → national gemeente rank by score (0 = not scored), as the selection saw it. */
        Map<String, Integer> nationalRanks() {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            levelScores.result().areas().forEach(a -> ranks.put(a.code(), a.rank()));
            return ranks;
        }
    }

    /** A selection with the ranks behind it, for saving as a scenario. */
    public record Run(Selection selection, Framework framework, Map<String, Integer> nationalRanks) {
    }

    private final Scores scores;
    private final Candidates candidates;
    private final Programme programme;
    private final SelectionValidation validation;
    private final SelectionProperties properties;
    private final Solver solver;
    private final Vintages vintages;
    private final GemeenteInput gemeenteInput;
    private final PreventionScores preventionScores;
    private final ScoringEngine engine = new ScoringEngine();

    Selections(Scores scores, Candidates candidates, Programme programme, SelectionValidation validation,
            SelectionProperties properties, Vintages vintages, GemeenteInput gemeenteInput,
            PreventionScores preventionScores) {
        this.preventionScores = preventionScores;
        this.vintages = vintages;
        this.gemeenteInput = gemeenteInput;
        this.scores = scores;
        this.candidates = candidates;
        this.programme = programme;
        this.validation = validation;
        this.properties = properties;
        this.solver = new Solver(properties.solverTimeLimitSeconds());
    }

    Selection select(SelectionRequest request) {
        return run(request).selection();
    }

    public Run run(SelectionRequest request) {
        long t = System.nanoTime();
        Prepared pr = prepare(request);
        Problem p = pr.problem();
        Solver.Solution s = solveOrThrow(p, pr.needs());
        double millis = (System.nanoTime() - t) / 1e6;
        Explainer explainer = new Explainer(p, pr.needs(), s, solver);
        long cost = s.chosen().stream().mapToLong(Candidate::costEur).sum();
        Map<String, Double> costModel = new LinkedHashMap<>();
        costModel.put("fixedEur", pr.cost().fixedEur());
        costModel.put("perYoungResidentEur", pr.cost().perYoungResidentEur());
        DataVintage v = pr.vintage();
        PathwayExplanations ways = new PathwayExplanations(pr.scores(), pr.prevention(), v.values());
        List<Selection.Selected> selected = explainer.selected(pr.scores(), pr.domainOf(), ways);
        Selection selection = new Selection(s.status().name(), p.objective().name(),
                p.objective().unscale(s.objective()), p.add(), p.locked().stream().map(Candidate::code).toList(), cost,
                selected, explainer.runnersUp(pr.scores(), properties.runnersUp()),
                p.activeFamilies().stream().map(Family::field).toList(), pr.framework().id(),
                pr.framework().version(), costModel, millis, v.id(), v.fromLaterYears(pr.framework()),
                v.unavailable(pr.framework()), SelectionFacts.capCounting(p), SelectionFacts.pathways(p, selected));
        return new Run(selection, pr.framework(), pr.nationalRanks());
    }

    Prepared prepare(SelectionRequest request) {
        validation.check(request);
        DataVintage vintage = vintages.of(request.asOf());
        Framework framework = request.framework() == null ? Scores.defaultFramework() : request.framework();
        Constraints c = request.constraints() == null ? Constraints.none() : request.constraints();
        Scores.LevelScores ls;
        if (vintage.latest()) {
            ls = request.framework() == null ? scores.defaults(Level.GEMEENTE) : validation.score(framework);
        } else {
            if (c.minTopDecileBuurten() != null) {
                throw new NotAvailableAsOf("constraints.minTopDecileBuurten", vintage.id());
            }
            validation.checkFramework(framework);
            // same engine and default options as the latest run, on the as-of values; no buurt run, so no concentration
            ls = new Scores.LevelScores(engine.score(framework, gemeenteInput.build(framework, vintage.values()),
                    ScoringOptions.defaults()), Map.of());
        }
        Candidates.CostRule cost = costRule(c);
        List<Candidate> all = candidates.all(ls.result(), ls.concentration(), cost, vintage.values());
        Map<String, AreaScore> prevention = Map.of();
        if (c.pathways() != null) {
            prevention = preventionScores.of(vintage.values());
            all = PreventionScores.apply(all, prevention);
        }
        // left to its default, the locked-in set is exactly the programme as it stood on the asOf date (or today)
        List<Member> members = request.asOf() == null ? programme.members()
                : programme.membersOn(Vintages.date(request.asOf()));
        Set<String> locked = request.lockedIn() == null
                ? new HashSet<>(members.stream().map(Member::code).toList())
                : new HashSet<>(request.lockedIn());
        Objective objective = request.objective() == null ? Objective.SCORE : request.objective();
        Problem p = ProblemBuilder.build(all, locked, request.add(), objective, c, candidates.regionNames());
        Map<String, AreaScore> byCode = new HashMap<>();
        ls.result().areas().forEach(a -> byCode.put(a.code(), a));
        Map<String, String> domainOf = new HashMap<>();
        framework.domains().forEach(d -> d.indicators().forEach(i -> domainOf.put(i.indicatorId(), d.id())));
        return new Prepared(p, needs(p), framework, byCode, domainOf, ls, cost, vintage, prevention);
    }

    static List<String> indicatorIds(Framework framework) {
        List<String> ids = new ArrayList<>();
        framework.domains().forEach(d -> d.indicators().forEach(i -> ids.add(i.indicatorId())));
        return ids;
    }

    static long[] needs(Problem p) {
        return p.pool().stream().mapToLong(p.objective()::coefficient).toArray();
    }

    Candidates.CostRule costRule(Constraints c) {
        var m = c.costModel();
        return new Candidates.CostRule(
                m == null || m.fixedEur() == null ? properties.fixedCostEur() : m.fixedEur(),
                m == null || m.perYoungResidentEur() == null ? properties.costPerYoungResidentEur() : m.perYoungResidentEur());
    }

    Solver solver() {
        return solver;
    }

    /** Pre-checks, then the solver; throws {@link SelectionInfeasible} naming the conflict. */
    Solver.Solution solveOrThrow(Problem p, long[] needs) {
        return solveOrThrow(p, needs, solver);
    }

    static Solver.Solution solveOrThrow(Problem p, long[] needs, Solver solver) {
        List<Conflict> pre = PreChecks.find(p);
        if (!pre.isEmpty()) {
            throw new SelectionInfeasible(pre);
        }
        Solver.Solution s = solver.solve(p, needs, p.activeFamilies());
        if (s.status() == Solver.Status.INFEASIBLE) {
            throw new SelectionInfeasible(List.of(minimalConflict(p, needs, solver)));
        }
        if (!s.found()) {
            throw new SolverTimedOut();
        }
        return s;
    }

    /** Drops families one at a time while the rest stays infeasible: what remains conflicts as a set. */
    static Conflict minimalConflict(Problem p, long[] needs, Solver solver) {
        List<Family> core = new ArrayList<>(p.activeFamilies());
        for (Family f : p.activeFamilies()) {
            List<Family> trial = new ArrayList<>(core);
            trial.remove(f);
            if (solver.solve(p, needs, trial).status() == Solver.Status.INFEASIBLE) {
                core = trial;
            }
        }
        List<String> fields = new ArrayList<>(core.stream().map(Family::field).toList());
        fields.add("add");
        String together = String.join(", ", core.stream().map(Family::label).toList());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("add", p.add());
        params.put("families", core.stream().map(Family::field).toList());
        params.put("active", p.activeFamilies().stream().map(Family::field).toList());
        return new Conflict("solver-infeasible", params, fields, "the solver proves that no " + p.add()
                + " additions satisfy " + (core.isEmpty() ? "the count" : together) + " together (active constraints: "
                + String.join(", ", p.activeFamilies().stream().map(Family::field).toList()) + ")");
    }
}
