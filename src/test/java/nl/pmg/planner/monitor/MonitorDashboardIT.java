package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard and one report in a real headless Debian Chromium (same set-up as map.Browser). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorDashboardIT {

    @LocalServerPort
    int port;

    @Test
    void dashboardShowsAll27MunicipalitiesAndTheReportPageLoads() throws Exception {
        Path profile = Files.createTempDirectory("pmg-monitor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        try {
            driver.get("http://localhost:" + port + "/monitor");
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector(".monitor-card")).size() >= 47
                            || "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(driver.findElements(By.cssSelector(".monitor-card"))).hasSize(47);
            assertThat(driver.findElements(By.cssSelector(".monitor-card polyline.monitor-own"))).hasSize(47);
            // the 2024 round has its own small multiples, indexed to 2024, each stating its window (Dutch UI)
            var sections = driver.findElements(By.cssSelector("section.monitor-tranche h2"));
            assertThat(sections).extracting(org.openqa.selenium.WebElement::getText)
                    .anyMatch(h -> h.startsWith("Regionale ronde 2024") && h.contains("startjaar 2024") && h.endsWith("(20)"));
            assertThat(driver.findElement(By.id("monitor-GM0193")).getText()).contains("2024")
                    .contains("venster 2023–2025");
            assertThat(driver.findElement(By.id("monitor-GM0363")).getText()).contains("venster 2021–2025");
            assertThat(driver.findElement(By.id("monitor-GM0363")).getText())
                    .contains("Amsterdam");
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector("#focus-list .focus-area")).size() == 20);
            assertThat(driver.findElements(By.cssSelector(".focus-mapped table.focus-table"))).hasSize(2);
            assertThat(driver.findElements(By.cssSelector(".focus-unmapped"))).hasSize(18)
                    .allMatch(e -> e.getText().contains("Geen eenduidige wijk bij dit focusgebied"));
            assertThat(driver.findElement(By.id("focus-areas")).getText()).contains("Focusgebieden (NPLV)")
                    .contains("Overvecht").contains("WK034403").contains("inwonertal van 1 januari 2024");

            driver.get("http://localhost:" + port + "/monitor/GM0363");
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector(".monitor-indicator-block")).size() == 6);
            assertThat(driver.findElement(By.id("report-title")).getText()).contains("Amsterdam");
            assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                    .noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());
        } finally {
            driver.quit();
        }
    }
}
