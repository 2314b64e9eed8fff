package nl.pmg.planner.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.pmg.planner.support.BenchContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test) on the national data: calibration of the 2023 round (domain weights) with 200
 * bootstrap replicates and 199 permutations, target ≤ 10 s on 2 cores; prints the median of 3 runs and the
 * result (weights with intervals, in-sample fit, out-of-sample agreement). Run from the project root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.calibration.CalibrationBench}
 */
public final class CalibrationBench {

    private CalibrationBench() {
    }

    public static void main(String[] args) {
        String round = args.length > 0 ? args[0] : "2023";
        String granularity = args.length > 1 ? args[1] : "DOMAIN";
        try (ConfigurableApplicationContext ctx = BenchContext.start()) {
            Calibrations calibrations = ctx.getBean(Calibrations.class);
            CalibrationRequest request = new CalibrationRequest(List.of(round.split(",")), granularity, 200, 199, null,
                    false);
            CalibrationDocument doc = calibrations.run(request, null, "unsaved", null);
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                doc = calibrations.run(request, null, "unsaved", null);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "calibration of %s (%s), 200 bootstrap replicates, 199 permutations, on %d "
                    + "processors, 3 runs: min %.0f ms, median %.0f ms%n", round, granularity,
                    Runtime.getRuntime().availableProcessors(), ms[0], ms[1]);
            print(doc);
        }
    }

    static void print(CalibrationDocument doc) {
        System.out.printf(Locale.ROOT, "  lambda %.4f, logLik %.2f vs null %.2f (pseudo-R2 %.3f), LR %.2f, p = %.3f (%s), "
                + "decisiveness %.1f [%s, %s]%n", doc.fit().lambda(), doc.fit().logLikelihood(),
                doc.fit().nullLogLikelihood(), doc.fit().pseudoR2(), doc.test().statistic(), doc.test().pValue(),
                doc.test().explained() ? "explained" : "NOT explained", doc.decisiveness().value(),
                doc.decisiveness().low(), doc.decisiveness().high());
        for (CalibrationDocument.Weight w : doc.weights()) {
            System.out.printf(Locale.ROOT, "  %-30s default %.3f  calibrated %.3f  [%.3f, %.3f]%n", w.id(),
                    w.defaultShare(), w.share(), w.low(), w.high());
        }
        for (CalibrationDocument.RoundFit f : doc.inSample()) {
            System.out.println("  in sample " + line(f));
        }
        for (CalibrationDocument.RoundFit f : doc.outOfSample()) {
            System.out.println("  out of sample " + (f.available() ? line(f) : f.round() + ": not available (" + f.reason() + ")"));
        }
        doc.warnings().forEach(w -> System.out.println("  warning: " + w));
    }

    private static String line(CalibrationDocument.RoundFit f) {
        return String.format(Locale.ROOT, "%s (%s): calibrated picks %d of %d, default %d, chance %.2f; ranks calibrated %s; "
                + "default %s%s", f.round(), f.dataVintage(), f.calibrated().picked(), f.chosen(), f.standard().picked(),
                f.chanceExpectation(), ranks(f.calibrated()), ranks(f.standard()),
                f.log10LikelihoodRatio() == null ? "" : String.format(Locale.ROOT, "; log10 LR vs chance %.2f",
                        f.log10LikelihoodRatio()));
    }

    private static String ranks(Agreement.Pick p) {
        return String.join(" ", p.ranks().stream().map(r -> r.name() + " " + r.candidateRank()).toList());
    }
}
