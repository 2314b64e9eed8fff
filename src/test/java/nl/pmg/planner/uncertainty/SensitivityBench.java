package nl.pmg.planner.uncertainty;

import java.util.Arrays;
import java.util.Locale;
import nl.pmg.planner.support.BenchContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not a test) on the national data: the sensitivity of the 2023 replay (19 locked in, 8 added on
 * the data as of 2023-03-01) with 2,000 model runs, weight ranges and the near-optimal portfolio; target
 * ≤ 10 s on 2 cores. Prints min and median of 3 runs and the figures of the selected areas. Run from the root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.uncertainty.SensitivityBench}
 */
public final class SensitivityBench {

    static final String REPLAY_2023 = """
            {"selection":{"level":"gemeente","add":8,"objective":"SCORE","asOf":"2023-03-01",
              "lockedIn":["GM0363","GM0599","GM0518","GM0344","GM0995","GM0479","GM0606","GM0356","GM0014","GM0772",
                          "GM0202","GM0855","GM0758","GM0080","GM0917","GM0503","GM0505","GM1674","GM0622"]},
             "draws":2000,"seed":1}
            """;

    private SensitivityBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext ctx = BenchContext.start()) {
            Sensitivity sensitivity = ctx.getBean(Sensitivity.class);
            SensitivityRequest request = JsonMapper.builder().build().readValue(REPLAY_2023, SensitivityRequest.class);
            SensitivityResult r = sensitivity.run(request);
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                r = sensitivity.run(request);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "sensitivity of the 2023 replay, %d runs (%d base samples x %d), weight ranges "
                    + "and %d near-optimal selections (complete %s), 3 runs: min %.0f ms, median %.0f ms%n", r.draws(),
                    r.baseSamples(), r.inputs().size() + 2, r.portfolio().solutions(), r.portfolio().complete(), ms[0],
                    ms[1]);
            for (SensitivityResult.Area a : r.areas()) {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-18s base %-5s p %.2f irr %.2f |",
                        a.name(), a.inBase(), a.probability(), a.irreplaceability()));
                for (SensitivityResult.InputIndex x : a.indices()) {
                    s.append(String.format(Locale.ROOT, " %s S %.2f ST %.2f;", x.input().replace("weight:", ""),
                            x.first(), x.total()));
                }
                for (SensitivityResult.WeightRange g : a.ranges()) {
                    s.append(String.format(Locale.ROOT, " %s %.2f [%.2f-%.2f]", g.domain(), g.current(), g.low(), g.high()));
                }
                System.out.println(s);
            }
        }
    }
}
