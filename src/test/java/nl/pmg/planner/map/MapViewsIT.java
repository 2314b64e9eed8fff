package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three views in a real headless Chromium: the national buurt layer (from vector tiles), the municipality
 * deep link, the analyst twin maps, search and the four exports. Each test leaves a screenshot in
 * target/screenshots and a clean console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapViewsIT {

    private static final Duration LOAD = Browser.READY; // generous: waits end on a condition, not on time
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start();
        browser.loginAsManager(port); // security: the pages below need a programme manager's session
        driver = browser.driver;
    }

    @AfterEach
    void consoleStaysClean() throws IOException {
        browser.closeAfterCheckingConsole();
    }

    @Test
    void nationalBuurtLayerDrawsEveryBuurtFromTilesAndNotesApproximateBoundaries() throws IOException {
        // how fast: MapRenderBench (.ci/bench); timed assertions do not belong in tests
        open("/?level=buurt");
        Map<String, Object> timing = map("""
                const entries = performance.getEntriesByType('resource').filter(e => e.name.includes('/api/'));
                const buurt = entries.filter(e => e.name.includes('/collections/buurten/') || e.name.includes('level=buurt'));
                return { drawn: Number(document.getElementById('map').dataset.drawn),
                         ms: Number(document.body.dataset.drawnMs),
                         transfer: buurt.reduce((s, e) => s + e.transferSize, 0),
                         decoded: buurt.reduce((s, e) => s + e.decodedBodySize, 0),
                         requests: buurt.length };
                """);
        System.out.println("national buurt first render: " + timing);
        assertThat(((Number) timing.get("drawn")).intValue()).isGreaterThan(14_000);
        // vector tiles, no GeoJSON for the buurt geometry
        assertThat(((Number) timing.get("requests")).intValue()).isGreaterThan(1);
        assertThat(driver.findElement(By.cssSelector("#legend .legend-approximate")).getText()).contains("bij benadering");
        checkLegendMatchesDrawnClasses(0);
        screenshot("programme-buurt.png");
    }

    @Test
    void programmeViewSwitchesLevelByZoomAndRestoresFromThePermalink() throws IOException {
        open("/");
        assertThat(level(0)).isEqualTo("gemeente");
        open("/?lat=51.44&lng=5.48&z=10"); // a programme manager zoomed in to Eindhoven
        new WebDriverWait(driver, LOAD).until(d -> "wijk".equals(level(0)) && drawnCount(0) > 0);
        checkLegendMatchesDrawnClasses(0);
        String permalink = driver.findElement(By.id("permalink")).getDomAttribute("href");
        assertThat(permalink).contains("z=10", "lat=51.44");
        screenshot("programme-gemeente.png");

        open(permalink);
        assertThat(level(0)).isEqualTo("wijk");
    }

    @Test
    void gemeenteDeepLinkShowsOnlyItsOwnWijkenWithBenchmark() throws IOException {
        open("/gemeente/GM0983");
        List<?> codes = rankedCodes();
        assertThat(codes).isNotEmpty().allMatch(code -> ((String) code).startsWith("WK0983"));
        assertThat(driver.findElement(By.id("gemeente-name")).getText()).contains("Venlo");
        assertThat(driver.findElements(By.cssSelector("#benchmark-table .benchmark-row"))).hasSizeGreaterThan(10);
        checkLegendMatchesDrawnClasses(0);
        screenshot("gemeente-venlo.png");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("level-select"))).selectByValue("buurt");
        new WebDriverWait(driver, LOAD).until(d -> "buurt".equals(level(0)) && drawnCount(0) > 0);
        List<?> buurten = rankedCodes();
        assertThat(buurten).allMatch(code -> ((String) code).startsWith("BU0983"));
    }

    @Test
    void analystViewShowsTwoIndicatorsScatterAndCorrelation() throws IOException {
        open("/?view=analyse&bivariate=1");
        List<?> titles = (List<?>) driver.executeScript(
                "return Array.from(document.querySelectorAll('.map-title'), e => e.dataset.indicator)");
        assertThat(titles).hasSize(2);
        assertThat(new HashSet<>(titles)).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#scatter circle.scatter-dot"))).hasSizeGreaterThan(300);
        assertThat(driver.findElements(By.cssSelector("#correlation-table tr"))).hasSizeGreaterThan(10);
        assertThat(driver.findElements(By.cssSelector("#bivariate-legend .bivariate-cell"))).hasSize(9);
        screenshot("analyst.png");
    }

    @Test
    void searchFindsVenloAndZoomsToIt() throws IOException {
        open("/");
        driver.findElement(By.id("search-input")).sendKeys("Venlo", Keys.ENTER);
        new WebDriverWait(driver, LOAD).withMessage(() -> "no municipality page: " + browser.pageState())
                .until(d -> d.getCurrentUrl().contains("/gemeente/GM0983"));
        browser.awaitReady("/gemeente/GM0983 from search");
        assertThat(driver.findElement(By.id("gemeente-name")).getText()).isEqualTo("Venlo");
        screenshot("search-venlo.png");
    }

    @Test
    void exportsDownloadValidFiles() throws Exception {
        Path downloads = Files.createTempDirectory("pmg-downloads-");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        open("/gemeente/GM0983");
        for (String id : List.of("export-csv-alt", "export-geojson", "export-gpkg", "export-png")) {
            driver.findElement(By.id(id)).click();
        }
        Path csv = awaitFile(downloads, ".csv");
        Path geojson = awaitFile(downloads, ".geojson");
        Path gpkg = awaitFile(downloads, ".gpkg");
        Path png = awaitFile(downloads, ".png");
        assertThat(Files.readString(csv)).contains("code,name", "WK098311");
        assertThat(Files.readString(geojson)).startsWith("{\"type\":\"FeatureCollection\"").contains("MultiPolygon");
        byte[] pngBytes = Files.readAllBytes(png);
        assertThat(pngBytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(new String(Files.readAllBytes(gpkg), 0, 15, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("SQLite format 3");
        Path ogrinfo = Path.of("/usr/bin/ogrinfo");
        if (Files.isExecutable(ogrinfo)) {
            Process p = new ProcessBuilder(ogrinfo.toString(), "-so", "-al", gpkg.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("Feature Count: 21", "Amersfoort / RD New", "crime_per_1000");
        }
    }

    private void open(String path) {
        browser.open(port, path);
    }

    /** What a map shows is published on its container: data-level, data-drawn, data-fills. */
    private String mapState(int view, String key) {
        return (String) driver.executeScript("return document.querySelectorAll('.map')[arguments[0]].dataset[arguments[1]] ?? null", view, key);
    }

    private String level(int view) {
        return mapState(view, "level");
    }

    private long drawnCount(int view) {
        String drawn = mapState(view, "drawn");
        return drawn == null ? 0 : Long.parseLong(drawn);
    }

    /** The areas of the ranking table, the map's accessible alternative (one row per drawn area). */
    private List<?> rankedCodes() {
        driver.executeScript("const d = document.querySelector('#ranking details'); if (!d.open) d.querySelector('summary').click();");
        new WebDriverWait(driver, LOAD).until(d -> !d.findElements(By.cssSelector("#ranking-table tbody tr")).isEmpty());
        return (List<?>) driver.executeScript("return Array.from(document.querySelectorAll('#ranking-table tbody tr'), r => r.dataset.code)");
    }

    /** Every colour drawn on the map is one legend class, and every legend class is drawn. */
    private void checkLegendMatchesDrawnClasses(int view) {
        String drawnFills = mapState(view, "fills");
        List<String> fills = drawnFills == null || drawnFills.isBlank() ? List.of() : List.of(drawnFills.split(" "));
        List<?> legend = (List<?>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#legend .legend-class .legend-swatch'), s => s.style.backgroundColor)");
        assertThat(legend).hasSameSizeAs(fills).hasSizeBetween(2, 5);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String script) {
        return (Map<String, Object>) driver.executeScript(script);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path awaitFile(Path dir, String suffix) throws Exception {
        long deadline = System.nanoTime() + LOAD.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                var found = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    Thread.sleep(200); // let the browser finish writing
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " download in " + dir);
    }
}
