package nl.pmg.planner.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.pmg.planner.print.Pdf;
import nl.pmg.planner.shared.InvalidParameter;
import org.springframework.stereotype.Component;

/**
 * Methodology reports as XHTML and PDF. A report follows from the scenario (saved scenarios never change,
 * built-in ones follow from code and data), the seed and the number of runs, so the last few are kept.
 */
@Component
class Reports {

    static final long DEFAULT_SEED = 20240101L;
    static final int DEFAULT_DRAWS = 2000;
    static final int MAX_DRAWS = 10_000;
    private static final int KEPT = 16;

    private final ReportAssembler assembler;
    private final ReportMap map;
    private final Map<String, MethodologyReport> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MethodologyReport> eldest) {
            return size() > KEPT;
        }
    };

    Reports(ReportAssembler assembler, ReportMap map) {
        this.assembler = assembler;
        this.map = map;
    }

    MethodologyReport report(String scenarioId, Long seed, Integer draws) {
        long s = seed == null ? DEFAULT_SEED : seed;
        int d = draws == null ? DEFAULT_DRAWS : draws;
        if (d < 100 || d > MAX_DRAWS) {
            throw new InvalidParameter("draws", "draws must be between 100 and " + MAX_DRAWS + ".");
        }
        String key = scenarioId + "|" + s + "|" + d;
        synchronized (kept) {
            MethodologyReport r = kept.get(key);
            if (r != null) {
                return r;
            }
        }
        MethodologyReport r = assembler.assemble(scenarioId, s, d);
        synchronized (kept) {
            kept.put(key, r);
        }
        return r;
    }

    String html(MethodologyReport r, String lang) {
        ReportTexts texts = new ReportTexts(lang);
        return new ReportHtml(r, texts, map.svg(r, 680, 800, texts.t("map.alt"))).render(LocalDate.now());
    }

    byte[] pdf(MethodologyReport r, String lang) {
        return Pdf.render(html(r, lang));
    }
}
