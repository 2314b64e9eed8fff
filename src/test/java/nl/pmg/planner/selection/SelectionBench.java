package nl.pmg.planner.selection;

import java.util.Arrays;
import java.util.List;
import nl.pmg.planner.PlannerApplication;
import nl.pmg.planner.support.BenchArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test) on the national data: the exact selection over 342 gemeenten with every
 * constraint family (target &lt; 200 ms), the same with the full explanation, and 1,000 uncertainty
 * draws (target &lt; 10 s on 2 cores). Prints min and median. Run from the project root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.selection.SelectionBench}
 */
public final class SelectionBench {

    private SelectionBench() {
    }

    static SelectionRequest allFamilies(Integer draws) {
        return allFamilies(draws, null);
    }

    /** Every family, caps counting the additions (with the 47 members the programme is over most caps). */
    static SelectionRequest allFamilies(Integer draws, Constraints.Pathways pathways) {
        Constraints c = new Constraints(List.of("GM0344"), List.of("GM0599"), 3_000_000.0,
                new Constraints.CostModel(150_000.0, 20.0), new Constraints.Bounds(0, 6), new Constraints.Bounds(null, 5),
                new Constraints.Bounds(null, 5), false, 20_000.0, 2_000.0, new Constraints.SmallMunicipalities(3, null),
                1, true, pathways);
        return new SelectionRequest("gemeente", null, 10, Objective.SCORE, c, null, draws, 1L, null, null, null, null);
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PlannerApplication.class)
                .web(WebApplicationType.SERVLET).run(BenchArguments.of())) {
            Selections selections = ctx.getBean(Selections.class);
            Uncertainty uncertainty = ctx.getBean(Uncertainty.class);
            SelectionRequest request = allFamilies(null);
            Selection first = selections.select(request);
            System.out.printf("selection: %s, %d added, objective %.2f, cost %d, pool %d, families %s%n",
                    first.status(), first.selected().size(), first.objective(), first.totalCostEur(),
                    selections.prepare(request).problem().pool().size(), first.activeConstraints());
            double[] solve = time(50, () -> {
                Selections.Prepared pr = selections.prepare(request);
                selections.solveOrThrow(pr.problem(), pr.needs());
            });
            double[] explained = time(20, () -> selections.select(request));
            SelectionRequest ways = allFamilies(null, new Constraints.Pathways(6, 4));
            selections.select(ways);
            double[] pathways = time(50, () -> {
                Selections.Prepared p = selections.prepare(ways);
                selections.solveOrThrow(p.problem(), p.needs());
            });
            System.out.printf("exact selection (prepare + pre-checks + CP-SAT), all families, %d runs: min %.1f ms, "
                    + "median %.1f ms%n", solve.length, solve[0], solve[solve.length / 2]);
            System.out.printf("exact selection with two pathways (6 severity + 4 prevention), all families, %d runs: "
                    + "min %.1f ms, median %.1f ms%n", pathways.length, pathways[0], pathways[pathways.length / 2]);
            System.out.printf("selection with explanation (replacement costs, %d runners-up), %d runs: min %.1f ms, "
                    + "median %.1f ms%n", first.runnersUp().size(), explained.length, explained[0],
                    explained[explained.length / 2]);
            SelectionRequest mc = allFamilies(1000);
            Selections.Prepared pr = uncertainty.prepare(mc);
            uncertainty.run(allFamilies(200), pr, Uncertainty.Progress.start());
            UncertaintyResult[] last = new UncertaintyResult[1];
            double[] draws = time(3, () -> last[0] = uncertainty.run(mc, pr, Uncertainty.Progress.start()));
            System.out.printf("uncertainty, 1,000 draws on %d processors, 3 runs: min %.0f ms, median %.0f ms; "
                    + "stable core %d, marginal %d%n", Runtime.getRuntime().availableProcessors(), draws[0], draws[1],
                    last[0].stableCore().size(), last[0].marginal().size());
        }
    }

    private static double[] time(int runs, Runnable r) {
        for (int i = 0; i < Math.min(runs, 10); i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }
}
