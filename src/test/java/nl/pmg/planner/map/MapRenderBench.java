package nl.pmg.planner.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark (not a test), run by {@code .ci/bench} against a running service on {@code PORT}: the first full
 * render of the national buurt layer in headless Chromium — navigation start until every tile in view is drawn
 * ({@code <body data-drawn-ms>}) — on the first visit after start-up and then on {@code RUNS} more visits, each
 * in a fresh browser profile (nothing in the browser cache), with median and p90. Also prints, per visit, where
 * the time goes (the first byte of the page, the last response the drawing waited for) and the bytes
 * transferred for the buurt layer, with the load average.
 *
 * <p>Usage: {@code MapRenderBench PORT LABEL [RUNS]} (RUNS defaults to 7)
 */
public final class MapRenderBench {

    private MapRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String label = args.length > 1 ? args[1] : "";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            Map<String, Object> r = visit(port);
            String visit = run == 0 ? "first visit" : "visit " + run;
            if (run > 0) {
                times.add(((Number) r.get("ms")).doubleValue());
            }
            System.out.printf("%s national buurt layer, %s: first full render %s ms (page first byte %s ms, last "
                    + "response the drawing waited for %s ms: %s), %s buurten drawn, %s requests, %s bytes transferred "
                    + "(%s decoded); load %s%n", label, visit, r.get("ms"), r.get("ttfb"), r.get("lastEnd"), r.get("lastName"),
                    r.get("drawn"), r.get("requests"), r.get("transferBytes"), r.get("decodedBytes"), load());
        }
        times.sort(Double::compare);
        System.out.printf("%s national buurt layer, first full render over %d fresh visits: median %.0f ms, p90 %.0f ms, "
                + "min %.0f ms; load %s%n", label, runs, percentile(times, 50), percentile(times, 90), times.get(0), load());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> visit(int port) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.loginAsManager(port);
            browser.driver.get("http://localhost:" + port + "/?level=buurt");
            new WebDriverWait(browser.driver, Browser.READY)
                    .until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return document.body.dataset.ready === 'true'")));
            return (Map<String, Object>) browser.driver.executeScript("""
                    const ms = Number(document.body.dataset.drawnMs);
                    const all = performance.getEntriesByType('resource');
                    const buurt = all.filter(e => e.name.includes('/collections/buurten/'));
                    const before = all.filter(e => e.responseEnd <= ms).sort((a, b) => b.responseEnd - a.responseEnd);
                    const nav = performance.getEntriesByType('navigation')[0];
                    return { ms, drawn: Number(document.getElementById('map').dataset.drawn),
                             ttfb: Math.round(nav.responseStart),
                             lastEnd: before.length ? Math.round(before[0].responseEnd) : null,
                             lastName: before.length ? new URL(before[0].name).pathname + new URL(before[0].name).search : null,
                             requests: buurt.length, transferBytes: buurt.reduce((s, e) => s + e.transferSize, 0),
                             decodedBytes: buurt.reduce((s, e) => s + e.decodedBodySize, 0) };
                    """);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
