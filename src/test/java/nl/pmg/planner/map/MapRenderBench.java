package nl.pmg.planner.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark (not a test), run by {@code .ci/bench} against a running service on {@code PORT}: the
 * first full render of the national buurt layer in headless Chromium (navigation start until every
 * tile in view is drawn), on the first visit after start-up and on a second one in a fresh browser
 * profile (nothing in the browser cache either time), with the bytes transferred for the buurt layer.
 * Prints the load average with each figure.
 *
 * <p>Usage: {@code MapRenderBench PORT LABEL}
 */
public final class MapRenderBench {

    private MapRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String label = args.length > 1 ? args[1] : "";
        for (String visit : new String[] {"first visit", "second visit"}) {
            try (Browser browser = Browser.start()) {
                browser.loginAsManager(port);
                browser.driver.get("http://localhost:" + port + "/?level=buurt");
                new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                        .until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return document.body.dataset.ready === 'true'")));
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) browser.driver.executeScript("""
                        const buurt = performance.getEntriesByType('resource').filter(e => e.name.includes('/collections/buurten/'));
                        return { ms: Number(document.body.dataset.drawnMs), drawn: Number(document.getElementById('map').dataset.drawn),
                                 requests: buurt.length, transferBytes: buurt.reduce((s, e) => s + e.transferSize, 0),
                                 decodedBytes: buurt.reduce((s, e) => s + e.decodedBodySize, 0) };
                        """);
                System.out.printf("%s national buurt layer, %s: first full render %s ms, %s buurten drawn, %s requests, "
                        + "%s bytes transferred (%s decoded); load %s%n", label, visit, r.get("ms"), r.get("drawn"),
                        r.get("requests"), r.get("transferBytes"), r.get("decodedBytes"),
                        Files.readString(Path.of("/proc/loadavg")).trim());
            }
        }
    }
}
