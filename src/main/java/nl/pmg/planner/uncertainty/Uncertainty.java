package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringInput;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionProblems;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.work.HeavyWork;
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

    private final SelectionProblems problems;
    private final ScoringEngine engine = new ScoringEngine();
    /** The draws of every run share the heavy-work pool, which bounds the processors they take. */
    private final ExecutorService draws;

    Uncertainty(SelectionProblems problems, HeavyWork work) {
        this.problems = problems;
        this.draws = work.compute();
    }

    /** Validates and solves the base selection (throwing on infeasibility): the problem every draw re-solves. */
    SelectionProblem prepare(SelectionRequest r) {
        return problems.prepare(r);
    }

    UncertaintyResult run(SelectionRequest r, SelectionProblem p, Progress progress) {
        long t0 = System.nanoTime();
        int n = r.draws() == null ? DEFAULT_DRAWS : r.draws();
        long seed = r.seed() == null ? DEFAULT_SEED : r.seed();
        double concentration = r.concentration() == null ? DEFAULT_CONCENTRATION : r.concentration();
        List<Normalisation> norms = r.normalisations() == null || r.normalisations().isEmpty()
                ? List.of(Normalisation.values()) : r.normalisations();
        List<Aggregation> aggs = r.aggregations() == null || r.aggregations().isEmpty()
                ? List.of(Aggregation.values()) : r.aggregations();
        ScoringInput input = p.input();
        AtomicIntegerArray counts = new AtomicIntegerArray(p.pool().size());
        AtomicInteger infeasible = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            final int draw = d;
            futures.add(draws.submit(() -> {
                if (progress.cancelled().get()) {
                    return;
                }
                SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + draw);
                Framework f = Dirichlet.around(p.framework(), concentration, rng);
                ScoringOptions o = ScoringOptions.defaults().withNormalisation(norms.get(rng.nextInt(norms.size())))
                        .withAggregation(aggs.get(rng.nextInt(aggs.size())));
                ScoringResult res = engine.score(f, input, o);
                double[] scores = res.areas().stream().mapToDouble(AreaScore::score).toArray();
                boolean[] chosen = p.solve(scores);
                if (chosen != null) {
                    for (int i = 0; i < chosen.length; i++) {
                        if (chosen[i]) {
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
        return summarise(p, counts, progress, n, seed, concentration, norms, aggs, infeasible.get(), t0);
    }

    private static UncertaintyResult summarise(SelectionProblem p, AtomicIntegerArray counts, Progress progress,
            int n, long seed, double concentration, List<Normalisation> norms, List<Aggregation> aggs,
            int infeasible, long t0) {
        boolean[] base = p.base();
        List<String> pool = p.pool();
        int completed = progress.completed().get();
        List<UncertaintyResult.AreaFrequency> areas = new ArrayList<>();
        for (int i = 0; i < counts.length(); i++) {
            if (counts.get(i) > 0 && completed > 0) {
                areas.add(new UncertaintyResult.AreaFrequency(pool.get(i), p.name(i), (double) counts.get(i) / completed,
                        base[i]));
            }
        }
        areas.sort(Comparator.comparingDouble((UncertaintyResult.AreaFrequency a) -> -a.frequency())
                .thenComparing(UncertaintyResult.AreaFrequency::code));
        List<String> core = areas.stream().filter(a -> a.frequency() >= 0.9).map(UncertaintyResult.AreaFrequency::code).toList();
        List<String> marginal = areas.stream().filter(a -> a.frequency() >= 0.1 && a.frequency() < 0.9)
                .map(UncertaintyResult.AreaFrequency::code).toList();
        List<String> baseSelection = new ArrayList<>();
        for (int i = 0; i < base.length; i++) {
            if (base[i]) {
                baseSelection.add(pool.get(i));
            }
        }
        baseSelection.sort(null);
        return new UncertaintyResult(progress.cancelled().get() ? "CANCELLED" : "COMPLETED", n, completed, seed,
                concentration, norms.stream().map(Enum::name).toList(), aggs.stream().map(Enum::name).toList(),
                baseSelection, areas, core, marginal, infeasible, (System.nanoTime() - t0) / 1e6,
                p.dataVintage(), p.indicatorsFromLaterYears());
    }
}
