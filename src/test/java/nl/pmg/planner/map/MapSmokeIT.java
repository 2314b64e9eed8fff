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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gemeente map in a real headless Chromium against the running service: every
 * gemeente drawn, a legend that matches the colours on the map, the programme
 * municipalities outlined, the English toggle, and a clean browser console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapSmokeIT {

    private static final int GEMEENTEN_2024 = 342;
    private static final int PROGRAMME_MUNICIPALITIES = 47;
    private static final String NO_DATA_FILL = "#b0b0b0";
    private static final String DARKEST_YL_OR_RD = "rgba(189, 0, 38, 1)";
    private static final Duration MAP_LOAD = Duration.ofSeconds(20);
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "map-gemeente.png");

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void openMap() throws IOException {
        browser = Browser.start();
        browser.loginAsManager(port); // security: the pages below need a programme manager's session
        driver = browser.driver;
        driver.get("http://localhost:" + port + "/");
        waitUpTo(MAP_LOAD).until(d -> gemeentePaths() >= GEMEENTEN_2024 || errorShown());
    }

    @AfterEach
    void consoleStaysCleanAndBrowserCloses() throws IOException {
        if (browser == null) {
            return; // the browser never started; openMap has already failed the test
        }
        browser.closeAfterCheckingConsole();
    }

    @Test
    void drawsEveryGemeenteWithOneLegendClassPerFillColour() throws IOException {
        assertThat(gemeentePaths()).as("gemeente paths; page error: %s", errorText()).isEqualTo(GEMEENTEN_2024);
        checkLegendMatchesFills();
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
                .contains("Bron: CBS, Politie via CBS, PDOK — CC BY 4.0");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void outlinesTheProgrammeMunicipalitiesByTranche() {
        List<String> outlined = strings(
                "return Array.from(document.querySelectorAll('path.programme-outline'), p => p.dataset.code)");
        List<String> tranches = strings(
                "return Array.from(document.querySelectorAll('path.programme-outline'),"
                        + " p => Array.from(p.classList).find(c => c.startsWith('tranche-')))");

        assertThat(new HashSet<>(outlined)).hasSize(PROGRAMME_MUNICIPALITIES);
        assertThat(new HashSet<>(tranches))
                .containsExactlyInAnyOrder("tranche-start", "tranche-expansion-nplv", "tranche-expansion-data",
                        "tranche-regional-2024");
        assertThat(driver.findElements(By.cssSelector("#legend .legend-tranche")))
                .extracting(WebElement::getText)
                .anyMatch(text -> text.contains("Start 2022"))
                .anyMatch(text -> text.contains("Uitbreiding NPLV 2023"))
                .anyMatch(text -> text.contains("Uitbreiding op basis van data 2023"));
    }

    @Test
    void choosingALowerIsRiskierIndicatorKeepsDarkForRisk() {
        Map<String, Object> income = catalogueEntry("income_per_inhabitant");
        assertThat(income.get("direction")).isEqualTo("lower_is_riskier");

        new Select(driver.findElement(By.id("indicator-select"))).selectByValue("income_per_inhabitant");

        waitUpTo(MAP_LOAD)
                .until(d -> d.findElement(By.id("legend-title")).getText().equals(income.get("labelNl")));
        checkLegendMatchesFills();
        List<WebElement> swatches = driver.findElements(By.cssSelector("#legend .legend-class .legend-swatch"));
        assertThat(swatches.get(0).getCssValue("background-color"))
                .as("lowest incomes get the darkest colour").isEqualTo(DARKEST_YL_OR_RD);
    }

    @Test
    void switchingToEnglishRelabelsTheLegend() {
        Map<String, Object> crime = catalogueEntry("crime_per_1000");
        WebElement title = driver.findElement(By.id("legend-title"));
        assertThat(title.getText()).isEqualTo(crime.get("labelNl"));

        driver.findElement(By.id("lang-toggle")).click();

        waitUpTo(Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("legend-title")).getText().equals(crime.get("labelEn")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText()).contains("Source: CBS");
        assertThat(driver.findElement(By.id("lang-toggle")).getDomAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void hoverAndClickDescribeTheGemeente() {
        WebElement utrecht = driver.findElement(By.cssSelector("path.area.gemeente[data-code='GM0344']"));

        new Actions(driver).moveToElement(utrecht).perform();
        waitUpTo(Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("info-box")).getText().contains("Utrecht"));

        new Actions(driver).click().perform();
        // the popup fades in, and Selenium reads no text from a transparent element
        String popup = waitUpTo(Duration.ofSeconds(5)).until(d -> {
            String text = d.findElement(By.cssSelector(".leaflet-popup-content")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(popup).contains("Utrecht", "GM0344", "Start 2022");
    }

    private void checkLegendMatchesFills() {
        List<String> valueFills = strings(
                "return Array.from(document.querySelectorAll('path.area.gemeente:not(.no-data)'), p => p.getAttribute('fill'))");
        List<String> noDataFills = strings(
                "return Array.from(document.querySelectorAll('path.area.gemeente.no-data'), p => p.getAttribute('fill'))");
        int legendClasses = driver.findElements(By.cssSelector("#legend .legend-class")).size();

        assertThat(new HashSet<>(valueFills)).hasSizeBetween(2, 5).doesNotContain(NO_DATA_FILL);
        assertThat(legendClasses).isEqualTo(new HashSet<>(valueFills).size());
        assertThat(noDataFills).allMatch(NO_DATA_FILL::equals);
        assertThat(driver.findElements(By.cssSelector("#legend .legend-missing")))
                .hasSize(noDataFills.isEmpty() ? 0 : 1);
    }

    /** The legend and info box are rebuilt on every change, so an element found a moment ago may be gone. */
    private WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private int gemeentePaths() {
        return driver.findElements(By.cssSelector("path.area.gemeente")).size();
    }

    private boolean errorShown() {
        return !errorText().isEmpty();
    }

    private String errorText() {
        return driver.findElements(By.id("error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) driver.executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> catalogueEntry(String indicatorId) {
        Object entry = driver.executeAsyncScript("""
                const id = arguments[0];
                const done = arguments[arguments.length - 1];
                fetch('/api/indicators').then(r => r.json())
                    .then(body => done(body.indicators.find(i => i.id === id) ?? null))
                    .catch(e => done(null));
                """, indicatorId);
        assertThat(entry).as("catalogue entry %s", indicatorId).isNotNull();
        return (Map<String, Object>) entry;
    }
}
