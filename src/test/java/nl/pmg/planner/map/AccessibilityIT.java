package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every page, as a visitor and as a programme manager: no serious or critical violation. And
 * what axe cannot see: a skip link first in the tab order, and an area's value reachable by keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/?view=analyse", "/gemeente/GM0983", "/monitor",
            "/monitor/GM0983", "/login");
    private static final List<String> MANAGER_PAGES = List.of("/", "/?scenario=uitbreiding-2023", "/gemeente/GM0983", "/audit");

    @LocalServerPort
    int port;

    @Test
    void noPageHasASeriousOrCriticalAxeViolation() throws IOException {
        List<String> found = new ArrayList<>();
        try (Browser visitor = Browser.start()) {
            for (String page : PUBLIC_PAGES) {
                visitor.open(port, page);
                Axe.seriousViolations(visitor.driver).forEach(v -> found.add("visitor " + page + ": " + v));
            }
        }
        try (Browser manager = Browser.start()) {
            manager.loginAsManager(port);
            for (String page : MANAGER_PAGES) {
                manager.open(port, page);
                Axe.seriousViolations(manager.driver).forEach(v -> found.add("manager " + page + ": " + v));
            }
        }
        found.forEach(System.out::println);
        assertThat(found).isEmpty();
    }

    @Test
    void theSkipLinkComesFirstAndTheRankingTableGivesEveryValueByKeyboard() throws IOException {
        try (Browser browser = Browser.start()) {
            browser.open(port, "/");
            var driver = browser.driver;
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = driver.switchTo().activeElement();
            assertThat(first.getText()).isEqualTo("Naar de inhoud");
            first.sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");

            WebElement summary = driver.findElement(By.cssSelector("#ranking summary"));
            summary.sendKeys(Keys.ENTER);
            // the rows are drawn on the details' toggle event, which the browser sends as a task of its own
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#ranking-table tbody tr")).isEmpty());
            List<WebElement> rows = driver.findElements(By.cssSelector("#ranking-table tbody tr"));
            assertThat(rows).hasSize(342);
            WebElement utrecht = driver.findElement(By.cssSelector("#ranking-table tr[data-code='GM0344'] button"));
            utrecht.sendKeys(Keys.ENTER);
            assertThat(driver.findElement(By.id("info-box")).getText()).contains("Utrecht").contains("per 1.000 inwoners");
            assertThat(driver.findElement(By.id("map")).getDomAttribute("data-focused")).isEqualTo("GM0344");

            // the map's own areas: one tab stop, then the arrow keys walk the areas and read each one out
            WebElement area = driver.findElement(By.cssSelector("path.area.gemeente[tabindex='0']"));
            area.sendKeys(Keys.ARROW_RIGHT);
            WebElement next = driver.switchTo().activeElement();
            assertThat(next.getDomAttribute("aria-label")).isNotBlank().contains("per 1.000 inwoners");
            browser.screenshot("keyboard-ranking.png");
        }
    }

    @Test
    void areasDrawnFromTilesAreReachableAndReadOutByKeyboard() throws IOException {
        try (Browser browser = Browser.start()) {
            browser.loginAsManager(port);
            browser.open(port, "/gemeente/GM0983"); // Venlo's wijken, drawn from vector tiles
            var driver = browser.driver;
            WebElement areas = driver.findElement(By.cssSelector("#map .tile-area-focus"));
            areas.sendKeys(Keys.ARROW_RIGHT);
            areas.sendKeys(Keys.ARROW_RIGHT);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getDomAttribute("class")).isEqualTo("tile-area-focus");
            String code = focused.getDomAttribute("data-code");
            assertThat(code).startsWith("WK0983");
            String label = focused.getDomAttribute("aria-label");
            assertThat(label).isNotBlank().doesNotStartWith(code);
            // read out: the info box (aria-live) names the same area
            assertThat(driver.findElement(By.id("info-box")).getText()).contains(label.substring(0, label.indexOf(':')));
            areas.sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Browser.READY)
                    .until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty());
            browser.screenshot("keyboard-tiles.png");
        }
    }
}
