package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Trend arrows on the programme map, switched on from the keyboard in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrendArrowsIT {

    private static final int GEMEENTEN_2024 = 342;
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "trend-arrows.png");

    @LocalServerPort
    int port;

    @Test
    void keyboardTurnsOnOneArrowPerGemeenteWithALegendThatCountsTheMissing() throws Exception {
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver;
            driver.get("http://localhost:" + port + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.body.dataset.ready === 'true'"))
                    || !d.findElement(By.id("error")).getText().isEmpty());
            assertThat(driver.findElement(By.id("error")).getText()).isEmpty();

            WebElement toggle = driver.findElement(By.id("trend-toggle"));
            toggle.sendKeys(Keys.SPACE);
            wait.until(d -> arrows(d).size() > 300);

            List<WebElement> arrows = arrows(driver);
            assertThat(arrows.size()).isGreaterThan(300).isLessThanOrEqualTo(GEMEENTEN_2024);
            assertThat(driver.findElements(By.cssSelector(".trend-arrow.trend-up svg path"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".trend-arrow.trend-down svg path"))).isNotEmpty();
            assertThat(arrows.get(0).getAttribute("title")).matches(".+: 2021 .+ → 2025 .+ \\(.+ %\\)");
            assertThat(arrows.get(0).getAttribute("tabindex")).isNull(); // 300+ tab stops would trap the keyboard

            WebElement legend = driver.findElement(By.id("trend-legend"));
            String text = legend.getText();
            assertThat(text).contains("Trend 2021 → 2025").contains("±5 %").contains("registratie-effecten")
                    .contains("geen causale schatting").contains("Geen pijl");
            int missing = Integer.parseInt(legend.findElement(By.cssSelector(".trend-entry-missing .legend-count"))
                    .getText());
            assertThat(arrows.size() + missing).isEqualTo(GEMEENTEN_2024);

            new Select(driver.findElement(By.id("trend-period"))).selectByValue("2023-2025");
            wait.until(d -> d.findElement(By.id("trend-legend")).getText().contains("Trend 2023 → 2025"));
            assertThat(driver.getCurrentUrl()).contains("trend=2023-2025%3Acrime_total");

            driver.executeScript("document.getElementById('trend-legend').scrollIntoView()");
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                    StandardCopyOption.REPLACE_EXISTING);

            toggle.sendKeys(Keys.SPACE);
            wait.until(d -> arrows(d).isEmpty());
            assertThat(legend.isDisplayed()).isFalse();

            List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
            console.forEach(entry -> System.out.println("browser console: " + entry));
            assertThat(console).noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
        }
    }

    private static List<WebElement> arrows(org.openqa.selenium.WebDriver d) {
        return d.findElements(By.cssSelector(".trend-arrow"));
    }
}
