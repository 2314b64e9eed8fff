package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * At 390 × 844 (a phone): no page scrolls sideways, the header folds into a menu whose links and search
 * work, the map is wide and tall enough to use, and the buttons are touch-sized (44 px).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLayoutIT {

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start(390, 844);
        driver = browser.driver;
    }

    @AfterEach
    void consoleStaysClean() throws IOException {
        browser.closeAfterCheckingConsole();
    }

    @Test
    void noPageOverflowsSideways() throws IOException {
        for (String path : List.of("/", "/gemeente/GM0983", "/?view=analyse", "/monitor", "/monitor/GM0983", "/login")) {
            browser.open(port, path);
            assertThat(overflow()).as("horizontal overflow on %s (scrollWidth − clientWidth, widest element)", path).isEqualTo(0L);
        }
        browser.open(port, "/");
        browser.screenshot("phone-start.png");
    }

    @Test
    void theMenuOpensAndItsSearchFindsVenlo() throws IOException {
        browser.open(port, "/");
        WebElement menu = driver.findElement(By.id("menu-toggle"));
        assertThat(driver.findElement(By.id("nav-monitor")).isDisplayed()).isFalse();
        assertThat(menu.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        menu.click();
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
        for (String id : List.of("nav-programme", "nav-analyst", "nav-monitor", "nav-login", "lang-toggle", "search-input")) {
            WebElement e = driver.findElement(By.id(id));
            assertThat(e.isDisplayed()).as(id).isTrue();
            assertThat(e.getSize().getHeight()).as("%s height", id).isGreaterThanOrEqualTo(44);
            assertThat(e.getRect().getX() + e.getRect().getWidth()).as("%s within the screen", id).isLessThanOrEqualTo(390);
        }
        driver.findElement(By.id("search-input")).sendKeys("Venl");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results .search-hit")).isEmpty());
        WebElement hit = driver.findElement(By.cssSelector("#search-results .search-hit[data-code='GM0983']"));
        assertThat(hit.isDisplayed()).isTrue();
        browser.screenshot("phone-menu-search.png");
        hit.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/gemeente/GM0983")
                && "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(overflow()).isEqualTo(0L);
        browser.screenshot("phone-gemeente-venlo.png");
    }

    @Test
    void theMapFillsTheScreenWidthAndItsControlsAreTouchSized() {
        browser.open(port, "/");
        WebElement map = driver.findElement(By.id("map"));
        assertThat(map.getSize().getWidth()).isEqualTo(390);
        assertThat(map.getSize().getHeight()).isGreaterThan(400);
        assertThat(map.getDomAttribute("data-drawn")).isEqualTo("342");
        WebElement zoomIn = driver.findElement(By.cssSelector(".leaflet-control-zoom-in"));
        assertThat(zoomIn.isDisplayed()).isTrue();
        WebElement toggle = driver.findElement(By.id("panel-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(driver.findElement(By.id("indicator-select")).getSize().getHeight()).isGreaterThanOrEqualTo(44);
        toggle.click();
        assertThat(driver.findElement(By.id("panel-body")).isDisplayed()).isFalse();
        toggle.click();
        assertThat(driver.findElement(By.id("legend")).isDisplayed()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private long overflow() {
        Map<String, Object> r = (Map<String, Object>) driver.executeScript("""
                const d = document.documentElement;
                let widest = null;
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > d.clientWidth + 1 && getComputedStyle(e).visibility !== 'hidden' && r.width > 0) { widest = e.tagName + '#' + e.id + '.' + e.className; break; }
                }
                return { overflow: d.scrollWidth - d.clientWidth, widest };""");
        long overflow = ((Number) r.get("overflow")).longValue();
        if (overflow != 0) {
            System.out.println("overflowing: " + r.get("widest"));
        }
        return overflow;
    }
}
