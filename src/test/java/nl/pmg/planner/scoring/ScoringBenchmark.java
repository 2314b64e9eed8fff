package nl.pmg.planner.scoring;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times a full scoring run of all three levels (14,574 buurten, 3,393 wijken, 342 gemeenten) with the
 * default framework and default options, plus the roll-up of buurten to gemeenten. Target: under 50 ms.
 * A plain main class, not a test, so that timing noise never fails a build.
 */
public final class ScoringBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 40;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Framework framework;
        try (InputStream json = ScoringBenchmark.class.getResourceAsStream("/scoring/default-framework.json")) {
            framework = JsonMapper.builder().build().readValue(json, Framework.class);
        }
        ScoringInput gemeenten = SyntheticLevels.gemeenten(1);
        ScoringInput wijken = SyntheticLevels.wijken(2);
        ScoringInput buurten = SyntheticLevels.buurten(3);
        List<String> parents = SyntheticLevels.gemeenteOfBuurt(gemeenten, buurten);
        ScoringEngine engine = new ScoringEngine();

        for (ScoringOptions options : List.of(ScoringOptions.defaults(),
                ScoringOptions.defaults().withNormalisation(Normalisation.Z_SCORE).withAggregation(Aggregation.GEOMETRIC)
                        .withMissingPolicy(MissingPolicy.IMPUTE_PARENT))) {
            double[] scoring = new double[MEASURED];
            double[] rollUp = new double[MEASURED];
            long checksum = 0;
            for (int run = 0; run < WARM_UP + MEASURED; run++) {
                long start = System.nanoTime();
                ScoringResult b = engine.score(framework, buurten, options);
                ScoringResult w = engine.score(framework, wijken, options);
                ScoringResult g = engine.score(framework, gemeenten, options);
                long scored = System.nanoTime();
                int parentsSeen = ParentAggregation.populationWeighted(buurten, b, parents).size()
                        + ParentAggregation.concentration(buurten, b, parents).size();
                long rolledUp = System.nanoTime();
                checksum += b.areas().get(0).rank() + w.areas().get(0).rank() + g.areas().get(0).rank() + parentsSeen;
                if (run >= WARM_UP) {
                    scoring[run - WARM_UP] = (scored - start) / 1e6;
                    rollUp[run - WARM_UP] = (rolledUp - scored) / 1e6;
                }
            }
            System.out.printf("%s %s %s: median %.1f ms per scoring run of all three levels (min %.1f, max %.1f); "
                            + "roll-up buurt→gemeente %.1f ms  [checksum %d]%n",
                    options.normalisation(), options.aggregation(), options.missingPolicy(),
                    median(scoring), min(scoring), max(scoring), median(rollUp), checksum);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
