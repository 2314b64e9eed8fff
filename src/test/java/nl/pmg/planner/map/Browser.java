package nl.pmg.planner.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through its matching ChromeDriver, with a fresh
 * profile and the console log recorded. Both binaries are named explicitly so
 * Selenium Manager never tries to download a driver; a machine without them fails
 * the test rather than silently skipping it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        return start(1280, 800);
    }

    /** A browser whose window is width × height CSS pixels (390 × 844 is a common phone). */
    static Browser start(int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMEDRIVER)) {
            fail(CHROMEDRIVER + " is missing: install the Debian package chromium-driver");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            fail(CHROMIUM + " is missing: install the Debian package chromium");
        }
        Path profile = Files.createTempDirectory("pmg-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width < 500) {
            // desktop Chrome keeps its window at least 500 px wide: a phone's viewport is emulated instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return new Browser(driver, profile);
    }

    /** Signs in through the login form (as a browser user would), then leaves the browser on the map. */
    void login(int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        awaitReady("/login");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, READY);
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** How long a page may take to say it is ready: generous, since the machine running the tests may be loaded. */
    static final java.time.Duration READY = java.time.Duration.ofSeconds(120);

    /**
     * Opens a page and waits until it says it is ready ({@code <body data-ready="true">}, set by every page
     * once its data is drawn), failing on the page's own error line.
     */
    void open(int port, String path) {
        driver.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
        awaitReady(path);
    }

    /**
     * Waits until the page in the browser says it is ready, and fails with the page's error line if it says
     * "error". A page that never says so fails with what it shows (address, readiness, map state, status line,
     * requests still open), so a failure says where it stuck.
     */
    void awaitReady(String what) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, READY);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.withMessage(() -> "page " + what + " not ready after " + READY.toSeconds() + " s: " + pageState());
        wait.until(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getDomAttribute("data-ready") != null);
        org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getDomAttribute("data-ready"))
                .as("page %s; error line: %s", what, driver.findElements(org.openqa.selenium.By.id("error")).stream()
                        .map(org.openqa.selenium.WebElement::getText).findFirst().orElse(""))
                .isEqualTo("true");
    }

    /** What the page shows, for a failure message. */
    String pageState() {
        try {
            return String.valueOf(driver.executeScript("""
                    const map = document.getElementById('map');
                    return JSON.stringify({ url: location.href, ready: document.body.dataset.ready ?? null,
                      map: map ? { ...map.dataset } : null, status: document.getElementById('status')?.textContent ?? null,
                      error: document.getElementById('error')?.textContent ?? null,
                      requests: performance.getEntriesByType('resource').length });
                    """));
        } catch (RuntimeException e) {
            return "(page state unreadable: " + e.getMessage() + ")";
        }
    }

    /** Saves a screenshot under target/screenshots/name. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(), dir.resolve(name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Signs in as the demo programme manager, who may do everything the pages offer. */
    void loginAsManager(int port) {
        login(port, "manager", "demo-manager");
    }

    /**
     * Prints the browser console, fails on any SEVERE entry (a JavaScript error or a failed request),
     * and closes the browser either way.
     */
    void closeAfterCheckingConsole() throws IOException {
        try {
            java.util.List<org.openqa.selenium.logging.LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
            console.forEach(entry -> System.out.println("browser console: " + entry));
            org.assertj.core.api.Assertions.assertThat(console)
                    .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
