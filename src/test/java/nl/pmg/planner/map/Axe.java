package nl.pmg.planner.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (vendored in src/test/resources/axe, MPL-2.0) injected into the page under test: runs every WCAG
 * 2.x A/AA rule axe has and returns the violations of impact serious or critical, as "rule: target" lines.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver driver) {
        driver.executeScript(SOURCE);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                                    resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .flatMap(v => v.nodes.slice(0, 5).map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n')[1]))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
