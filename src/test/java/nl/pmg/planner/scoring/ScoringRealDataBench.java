package nl.pmg.planner.scoring;

import java.util.Arrays;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.support.BenchContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): scores all buurten, wijken and gemeenten of the shipped national data
 * with the default framework and options, warm, and prints the median and 90th percentile of a full
 * run; then the same with other domain weights every run, as the analyses rescore. Target: 10 ms median on 2 cores. Run from the project root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.scoring.ScoringRealDataBench}
 */
public final class ScoringRealDataBench {

    private ScoringRealDataBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (ConfigurableApplicationContext ctx = BenchContext.start()) {
            Scores scores = ctx.getBean(Scores.class);
            Framework f = Scores.defaultFramework();
            ScoringOptions o = ScoringOptions.defaults();
            for (int i = 0; i < 20; i++) {
                all(scores, f, o);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                all(scores, f, o);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("scoring all levels (buurt %d, wijk %d, gemeente %d incl. concentration), "
                    + "default framework, warm, %d runs: median %.1f ms, p90 %.1f ms, min %.1f ms%n",
                    scores.defaults(Level.BUURT).result().areas().size(), scores.defaults(Level.WIJK).result().areas().size(),
                    scores.defaults(Level.GEMEENTE).result().areas().size(), runs, ms[runs / 2], ms[(int) (runs * 0.9)], ms[0]);
            // As calibration, sensitivity and uncertainty rescore: other domain weights every run, same data and options.
            java.util.Random random = new java.util.Random(16);
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                all(scores, drawn(f, random), o);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("scoring all levels, other domain weights every run, %d runs: median %.1f ms, p90 %.1f ms, "
                    + "min %.1f ms%n", runs, ms[runs / 2], ms[(int) (runs * 0.9)], ms[0]);
            // The same, reading every area's result object (maps of domain scores and contributions), as the map does.
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                long read = 0;
                for (Scores.LevelScores level : all(scores, drawn(f, random), o).values()) {
                    for (AreaScore a : level.result().areas()) {
                        read += a.contributions().size();
                    }
                }
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (read == 0) {
                    throw new IllegalStateException("no contributions read");
                }
            }
            Arrays.sort(ms);
            System.out.printf("scoring all levels, other domain weights, every area's object built, %d runs: median %.1f ms, "
                    + "p90 %.1f ms, min %.1f ms%n", runs, ms[runs / 2], ms[(int) (runs * 0.9)], ms[0]);
        }
    }

    private static Framework drawn(Framework f, java.util.Random random) {
        java.util.List<Domain> domains = f.domains().stream().map(d -> new Domain(d.id(), d.labelNl(), d.labelEn(),
                0.05 + random.nextDouble(), d.indicators(), d.rationale())).toList();
        return new Framework(f.id(), f.version() + "+drawn", f.nameNl(), f.nameEn(), domains);
    }

    private static java.util.Map<Level, Scores.LevelScores> all(Scores scores, Framework f, ScoringOptions o) {
        return scores.scoreAll(f, o, GemeenteMethod.INDICATORS);
    }
}
