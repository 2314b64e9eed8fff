package nl.pmg.planner.report;

import java.util.Arrays;
import java.util.Locale;
import nl.pmg.planner.support.BenchContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): the methodology report of the built-in 2023 replay with 2,000 sensitivity runs,
 * from scratch (assembly, XHTML and PDF), target ≤ 10 s on 2 cores. The first run also computes the built-in
 * calibrations (kept afterwards, as in the service); the median is over 3 fresh assemblies after it. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.pmg.planner.report.ReportBench}
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext ctx = BenchContext.start()) {
            ReportAssembler assembler = ctx.getBean(ReportAssembler.class);
            Reports reports = ctx.getBean(Reports.class);
            long t0 = System.nanoTime();
            byte[] pdf = reports.pdf(assembler.assemble("uitbreiding-2023", Reports.DEFAULT_SEED, Reports.DEFAULT_DRAWS), "nl");
            double first = (System.nanoTime() - t0) / 1e6;
            double[] ms = new double[3];
            double[] pdfMs = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                MethodologyReport r = assembler.assemble("uitbreiding-2023", Reports.DEFAULT_SEED, Reports.DEFAULT_DRAWS);
                long assembled = System.nanoTime();
                pdf = reports.pdf(r, "nl");
                ms[i] = (System.nanoTime() - t) / 1e6;
                pdfMs[i] = (System.nanoTime() - assembled) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(pdfMs);
            System.out.printf(Locale.ROOT, "methodology report of uitbreiding-2023 (2,000 sensitivity runs, XHTML and a "
                    + "%d kB PDF): first %.0f ms (with the built-in calibrations), then 3 runs: min %.0f ms, median %.0f ms "
                    + "(of which XHTML + PDF median %.0f ms)%n", pdf.length / 1024, first, ms[0], ms[1], pdfMs[1]);
        }
    }
}
