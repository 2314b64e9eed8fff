package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The map page names every module it loads as a modulepreload, so the browser asks for them all at once instead
 * of discovering them import by import (a chain of round trips before the first drawing). The panels one view
 * alone needs, or that lie below the first view (scenario panel, analyst charts, trend arrows, Ontwikkeling,
 * calibration, exports, the wijk and buurt tiles), are imported with import() where they are used: neither in the static graph nor preloaded, so
 * the first drawing does not wait for their bytes (37 modules before the first drawing, 21 after).
 */
class ModulePreloadTest {

    private static final Path JS = Path.of("web", "js");
    private static final Pattern IMPORT = Pattern.compile("(?:from|import) '\\./([\\w-]+\\.js)'");
    private static final Pattern PRELOAD = Pattern.compile("rel=\"modulepreload\" href=\"/js/([\\w-]+\\.js)\"");

    @Test
    void theMapPagePreloadsEveryModuleAppJsImports() throws IOException {
        Set<String> graph = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of("app.js"));
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (graph.add(module)) {
                Matcher m = IMPORT.matcher(Files.readString(JS.resolve(module)));
                while (m.find()) {
                    todo.push(m.group(1));
                }
            }
        }
        Set<String> preloaded = new TreeSet<>();
        Matcher m = PRELOAD.matcher(Files.readString(Path.of("web", "index.html")));
        while (m.find()) {
            preloaded.add(m.group(1));
        }
        assertThat(graph).contains("app.js", "map-view.js", "areas.js", "i18n.js")
                .doesNotContain("scenario.js", "sensitivity-panel.js", "analyst.js", "trend-arrows.js", "monitor-panel.js",
                        "monitor-chart.js", "calibration-panel.js", "vector-tiles.js", "mvt.js", "exports.js");
        assertThat(preloaded).isEqualTo(graph);
    }
}
