package nl.pmg.planner.uncertainty;

import java.util.Arrays;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.support.BenchContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not a test) on the national data: 1,000 uncertainty draws of the selection with every
 * constraint family, caps counting the additions (as in {@code selection.SelectionBench}), target &lt; 10 s on 2 cores. Prints min and
 * median of 3 runs. Run from the project root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.uncertainty.UncertaintyBench}
 */
public final class UncertaintyBench {

    /** The request of {@code SelectionBench.allFamilies}, as a client sends it. */
    static final String ALL_FAMILIES = """
            {"level":"gemeente","add":10,"objective":"SCORE","seed":1,"draws":%d,
             "constraints":{"mustInclude":["GM0344"],"exclude":["GM0599"],"budgetEur":3000000,
               "costModel":{"fixedEur":150000,"perYoungResidentEur":20},"perProvince":{"min":0,"max":6},
               "perPoliceUnit":{"max":5},"perRiec":{"max":5},"regionBoundsCountLockedIn":false,"minPopulation":20000,
               "minYoungPeople":2000,"smallMunicipalities":{"min":3},"minTopDecileBuurten":1,"risingCrimeOnly":true}}
            """;

    private UncertaintyBench() {
    }

    static SelectionRequest request(int draws) {
        return JsonMapper.builder().build().readValue(ALL_FAMILIES.formatted(draws), SelectionRequest.class);
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext ctx = BenchContext.start()) {
            Uncertainty uncertainty = ctx.getBean(Uncertainty.class);
            SelectionRequest mc = request(1000);
            SelectionProblem problem = uncertainty.prepare(mc);
            uncertainty.run(request(200), problem, Uncertainty.Progress.start());
            UncertaintyResult[] last = new UncertaintyResult[1];
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                last[0] = uncertainty.run(mc, problem, Uncertainty.Progress.start());
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("uncertainty, 1,000 draws on %d processors, 3 runs: min %.0f ms, median %.0f ms; "
                    + "stable core %d, marginal %d%n", Runtime.getRuntime().availableProcessors(), ms[0], ms[1],
                    last[0].stableCore().size(), last[0].marginal().size());
        }
    }
}
