package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The panels that defend a choice, in a real headless Chromium: the analyst view's "wat verklaart de keuze
 * van 2023" with calibrated against default weights, and the scenario view's tornado charts and indices
 * table for the built-in 2023 replay, with its methodology report linked. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/defend-views-it/${random.uuid}")
class DefendViewsIT {

    private static final Duration WORK = Duration.ofSeconds(180);

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(1400, 1000);
        browser.login(port, "analyst", "demo-analyst");
        driver = browser.driver;
    }

    @AfterEach
    void consoleStaysClean() throws IOException {
        browser.closeAfterCheckingConsole();
    }

    @Test
    void theAnalystViewSaysWhatExplainsThe2023Choice() throws IOException {
        browser.open(port, "/?view=analyse");
        new WebDriverWait(driver, WORK).until(d -> !d.findElements(By.id("calibration-verdict")).isEmpty());
        assertThat(driver.findElement(By.id("calibration-title")).getText()).isEqualTo("Wat verklaart de keuze van 2023?");
        assertThat(driver.findElement(By.id("calibration-verdict")).getText()).containsPattern("^(De keuze is uit de gegevens te verklaren|Niet verklaard)");
        // one pair of bars per domain the calibration has: the 2023 data lack the 2022–2025 trend, so framework
        // 2.0.0 has four domains then (its weight handed on, with a warning); the answer says how many
        long domains = (Long) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/calibrations/round-2023').then((r) => r.json()).then((d) => done(d.weights.length), () => done(-1));");
        assertThat(domains).isBetween(4L, 5L);
        assertThat(driver.findElements(By.cssSelector(".calibration-chart .bar-calibrated"))).hasSize((int) domains);
        assertThat(driver.findElements(By.cssSelector(".calibration-chart .bar-default"))).hasSize((int) domains);
        assertThat(driver.findElements(By.cssSelector(".calibration-ranks tbody tr"))).hasSize(8);
        assertThat(driver.findElement(By.id("calibration-in-sample")).getText()).contains("van de 8 werkelijk gekozen gemeenten");
        assertThat(driver.findElement(By.id("calibration-save")).isDisplayed()).isTrue();
        scrollTo("#calibration-panel");
        browser.screenshot("analyst-calibration.png");
        driver.findElement(By.id("lang-toggle")).click();
        assertThat(driver.findElement(By.id("calibration-title")).getText()).isEqualTo("What explains the 2023 choice?");
    }

    @Test
    void theScenarioViewShowsTornadoChartsAndIndicesForThe2023Replay() throws IOException {
        browser.open(port, "/?scenario=uitbreiding-2023");
        new WebDriverWait(driver, WORK).until(d -> d.findElement(By.id("sc-sensitivity-row")).isDisplayed());
        driver.findElement(By.id("sc-sensitivity")).click();
        new WebDriverWait(driver, WORK).until(d -> !d.findElements(By.id("sensitivity-indices")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".tornado-card"))).hasSize(8);
        assertThat(driver.findElements(By.cssSelector(".tornado-card"))).allSatisfy(
                card -> assertThat(card.findElements(By.cssSelector(".range"))).hasSize(5));
        assertThat(driver.findElements(By.cssSelector("#sensitivity-indices thead th"))).hasSize(3 + 8);
        assertThat(driver.findElements(By.cssSelector("#sensitivity-indices tbody tr.in-base"))).hasSize(8);
        assertThat(driver.findElement(By.cssSelector("#sensitivity-report a")).getAttribute("href"))
                .endsWith("/api/reports/scenarios/uitbreiding-2023.pdf");
        scrollTo("#sc-sensitivity-result");
        browser.screenshot("scenario-sensitivity.png");
        scrollTo("#sensitivity-indices");
        browser.screenshot("scenario-sensitivity-indices.png");
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
    }
}
