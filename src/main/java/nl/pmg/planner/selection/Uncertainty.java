package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringInput;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import org.springframework.stereotype.Component;

/**
 * Monte Carlo over the index: each draw takes Dirichlet weights around the chosen ones, a normalisation and
 * an aggregation, re-scores the gemeenten and re-solves the same constrained selection. Draw {@code d} uses
 * its own generator seeded from (seed, d), and CP-SAT runs single-threaded, so the result depends only on
 * the request — not on how draws are spread over threads. Filters and constraints stay as in the base run;
 * only the needs change.
 */
@Component
class Uncertainty {

    static final long DEFAULT_SEED = 20240101L;
    static final int DEFAULT_DRAWS = 1000;
    static final double DEFAULT_CONCENTRATION = 50;

    /** Progress of a run: completed draws and a cancel flag, shared with whoever watches it. */
    record Progress(AtomicInteger completed, AtomicBoolean cancelled) {

        static Progress start() {
            return new Progress(new AtomicInteger(), new AtomicBoolean());
        }
    }

    private final Selections selections;
    private final GemeenteInput gemeenteInput;
    private final ScoringEngine engine = new ScoringEngine();
    /** The draws of every run share the heavy-work pool, which bounds the processors they take. */
    private final ExecutorService draws;

    Uncertainty(Selections selections, GemeenteInput gemeenteInput, nl.pmg.planner.work.HeavyWork work) {
        this.selections = selections;
        this.gemeenteInput = gemeenteInput;
        this.draws = work.compute();
    }

    /** Validates, solves the base selection (throwing on infeasibility), and returns the prepared problem. */
    Selections.Prepared prepare(SelectionRequest r) {
        Selections.Prepared pr = selections.prepare(r);
        selections.solveOrThrow(pr.problem(), pr.needs());
        return pr;
    }

    UncertaintyResult run(SelectionRequest r, Selections.Prepared pr, Progress progress) {
        long t0 = System.nanoTime();
        int n = r.draws() == null ? DEFAULT_DRAWS : r.draws();
        long seed = r.seed() == null ? DEFAULT_SEED : r.seed();
        double concentration = r.concentration() == null ? DEFAULT_CONCENTRATION : r.concentration();
        List<Normalisation> norms = r.normalisations() == null || r.normalisations().isEmpty()
                ? List.of(Normalisation.values()) : r.normalisations();
        List<Aggregation> aggs = r.aggregations() == null || r.aggregations().isEmpty()
                ? List.of(Aggregation.values()) : r.aggregations();
        Problem p = pr.problem();
        ScoringInput input = gemeenteInput.build(pr.framework(), pr.vintage().values());
        int[] inputIndex = p.pool().stream().mapToInt(c -> input.codes().indexOf(c.code())).toArray();
        AtomicIntegerArray counts = new AtomicIntegerArray(p.pool().size());
        AtomicInteger infeasible = new AtomicInteger();
        Solver solver = selections.solver();
        List<Future<?>> futures = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            final int draw = d;
            futures.add(draws.submit(() -> {
                if (progress.cancelled().get()) {
                    return;
                }
                SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + draw);
                Framework f = Dirichlet.around(pr.framework(), concentration, rng);
                ScoringOptions o = ScoringOptions.defaults().withNormalisation(norms.get(rng.nextInt(norms.size())))
                        .withAggregation(aggs.get(rng.nextInt(aggs.size())));
                ScoringResult res = engine.score(f, input, o);
                long[] needs = new long[inputIndex.length];
                for (int i = 0; i < needs.length; i++) {
                    AreaScore s = res.areas().get(inputIndex[i]);
                    long need = p.objective().coefficient(p.pool().get(i).withScore(s.score()));
                    // An area the draw cannot score must not be picked for free: put it far below any real need.
                    needs[i] = Double.isNaN(s.score()) ? -1_000_000_000_000L : need;
                }
                Solver.Solution sol = solver.solve(p, needs, p.activeFamilies());
                if (sol.found()) {
                    Set<String> chosen = sol.chosen().stream().map(Candidate::code).collect(Collectors.toSet());
                    for (int i = 0; i < inputIndex.length; i++) {
                        if (chosen.contains(p.pool().get(i).code())) {
                            counts.incrementAndGet(i);
                        }
                    }
                } else {
                    infeasible.incrementAndGet();
                }
                progress.completed().incrementAndGet();
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.cancelled().set(true);
            } catch (java.util.concurrent.ExecutionException e) {
                progress.cancelled().set(true);
                throw new IllegalStateException("uncertainty draw failed", e.getCause());
            }
        }
        return summarise(p, pr, counts, progress, n, seed, concentration, norms, aggs, infeasible.get(), t0);
    }

    private UncertaintyResult summarise(Problem p, Selections.Prepared pr, AtomicIntegerArray counts, Progress progress,
            int n, long seed, double concentration, List<Normalisation> norms, List<Aggregation> aggs,
            int infeasible, long t0) {
        Set<String> base = selections.solveOrThrow(p, pr.needs()).chosen().stream().map(Candidate::code)
                .collect(Collectors.toSet());
        int completed = progress.completed().get();
        List<UncertaintyResult.AreaFrequency> areas = new ArrayList<>();
        for (int i = 0; i < counts.length(); i++) {
            if (counts.get(i) > 0 && completed > 0) {
                Candidate c = p.pool().get(i);
                areas.add(new UncertaintyResult.AreaFrequency(c.code(), c.name(), (double) counts.get(i) / completed,
                        base.contains(c.code())));
            }
        }
        areas.sort(Comparator.comparingDouble((UncertaintyResult.AreaFrequency a) -> -a.frequency())
                .thenComparing(UncertaintyResult.AreaFrequency::code));
        List<String> core = areas.stream().filter(a -> a.frequency() >= 0.9).map(UncertaintyResult.AreaFrequency::code).toList();
        List<String> marginal = areas.stream().filter(a -> a.frequency() >= 0.1 && a.frequency() < 0.9)
                .map(UncertaintyResult.AreaFrequency::code).toList();
        return new UncertaintyResult(progress.cancelled().get() ? "CANCELLED" : "COMPLETED", n, completed, seed,
                concentration, norms.stream().map(Enum::name).toList(), aggs.stream().map(Enum::name).toList(),
                base.stream().sorted().toList(), areas, core, marginal, infeasible, (System.nanoTime() - t0) / 1e6,
                pr.vintage().id(), pr.vintage().fromLaterYears(pr.framework()));
    }
}
