package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringOptions;

/**
 * The analysis itself, on any {@link Selector} (pure: no Spring, no store): the Saltelli design of
 * {@code n} rows over the inputs, every run of it, the indices per area and the one-at-a-time ranges of the
 * base selection. The design is drawn from one generator seeded with {@code seed} before any run, and each
 * run is a pure function of its row, so the result does not depend on how runs are spread over threads.
 */
final class SensitivityAnalysis {

    /** Per area (those selected in the base or in any run) its figures; {@code infeasible} runs selected nothing. */
    record Outcome(List<SensitivityResult.Area> areas, int runs, int infeasible) {
    }

    static final int INDEX_BOOTSTRAP = 200;

    private SensitivityAnalysis() {
    }

    /**
     * @param irreplaceability per pooled area its share of the near-optimal selections, or null
     * @param pool             runs the model; null runs it on the calling thread
     */
    static Outcome analyse(Selector model, Framework base, ScoringOptions baseOptions, SensitivityInputs inputs, int n,
            long seed, double[] irreplaceability, ExecutorService pool, int threads) {
        int p = inputs.size();
        double[][][] ab = Saltelli.design(n, p, new SplittableRandom(seed));
        boolean[][] results = new boolean[n * (p + 2)][];
        List<Runnable> chunks = new ArrayList<>();
        int chunk = Math.max(1, results.length / (4 * Math.max(1, threads)));
        for (int from = 0; from < results.length; from += chunk) {
            int start = from;
            int end = Math.min(results.length, from + chunk);
            chunks.add(() -> {
                for (int run = start; run < end; run++) {
                    // run r is row r / (p + 2) of A (offset 0), of B (1) or of A_B^i (2 + i)
                    int j = run / (p + 2);
                    int which = run % (p + 2);
                    double[] u = which == 0 ? ab[0][j] : which == 1 ? ab[1][j]
                            : Saltelli.mixed(ab[0][j], ab[1][j], which - 2);
                    results[run] = model.select(inputs.framework(u), inputs.options(u));
                }
            });
        }
        runAll(chunks, pool);
        List<List<SensitivityResult.WeightRange>> ranges = WeightRanges.of(model, base, baseOptions);
        List<SensitivityResult.Area> areas = SensitivityAreas.of(model, inputs, results, n, ranges, irreplaceability,
                new SplittableRandom(seed ^ 0x5DEECE66DL), INDEX_BOOTSTRAP);
        int infeasible = 0;
        for (boolean[] m : results) {
            infeasible += m == null ? 1 : 0;
        }
        return new Outcome(areas, results.length, infeasible);
    }

    private static void runAll(List<Runnable> chunks, ExecutorService pool) {
        if (pool == null) {
            chunks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> futures = chunks.stream().<Future<?>>map(pool::submit).toList();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(x -> x.cancel(true));
                throw new IllegalStateException("sensitivity run interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                futures.forEach(x -> x.cancel(true));
                throw new IllegalStateException("sensitivity run failed", e.getCause());
            }
        }
    }
}
