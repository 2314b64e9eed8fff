package nl.pmg.planner.scoring;

import java.util.Arrays;
import nl.pmg.planner.PlannerApplication;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.support.BenchArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): scores all buurten, wijken and gemeenten of the shipped national data
 * with the default framework and options, warm, and prints the median and 90th percentile of a full
 * run. Target: below 50 ms on a 2-core machine. Run from the project root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.scoring.ScoringRealDataBench}
 */
public final class ScoringRealDataBench {

    private ScoringRealDataBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PlannerApplication.class)
                .web(WebApplicationType.SERVLET).run(BenchArguments.of())) {
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
        }
    }

    private static void all(Scores scores, Framework f, ScoringOptions o) {
        scores.scoreAll(f, o, GemeenteMethod.INDICATORS);
    }
}
