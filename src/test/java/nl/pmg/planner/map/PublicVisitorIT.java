package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map as the public sees it, without logging in: search ends on the chosen gemeente, coloured; the
 * gemeente page shows what is public and no error; zooming in never greys the map out but says in one
 * line that detail needs a login; actions a visitor cannot use are not offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicVisitorIT {

    private static final String NO_DATA = "#b0b0b0";

    @LocalServerPort
    int port;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start();
        driver = browser.driver;
    }

    @AfterEach
    void consoleStaysClean() throws IOException {
        browser.closeAfterCheckingConsole();
    }

    @Test
    void anonymousSearchForVenloEndsOnVenloColouredNotGrey() throws IOException {
        browser.open(port, "/");
        driver.findElement(By.id("search-input")).sendKeys("Venlo", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/gemeente/GM0983")
                && "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        WebElement map = driver.findElement(By.id("map"));
        assertThat(map.getDomAttribute("data-level")).isEqualTo("gemeente");
        assertThat(map.getDomAttribute("data-focused")).isEqualTo("GM0983");
        String fill = driver.findElement(By.cssSelector("path.area.gemeente[data-code='GM0983']")).getDomAttribute("fill");
        assertThat(fill).as("Venlo's fill").isNotNull().isNotEqualTo(NO_DATA);
        assertThat(map.getDomAttribute("data-fills").split(" ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("info-box")).getText()).contains("Venlo").contains("per 1.000 inwoners");
        assertThat(driver.findElement(By.id("gemeente-name")).getText()).isEqualTo("Venlo");
        browser.screenshot("public-search-venlo.png");
    }

    @Test
    void anonymousGemeentePageShowsEverythingPublicAndNoError() throws IOException {
        browser.open(port, "/gemeente/GM0983");
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).doesNotContain("Unauthorized", "401", "Forbidden", "Er ging iets mis");
        assertThat(driver.findElement(By.id("indicator-select")).isEnabled()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#benchmark-table .benchmark-row"))).hasSizeGreaterThan(10);
        assertThat(driver.findElement(By.id("ontwikkeling")).getText()).contains("startjaar 2023 = 100");
        WebElement priority = driver.findElement(By.id("priority-areas"));
        assertThat(priority.getText()).contains("alleen na inloggen");
        assertThat(priority.findElement(By.cssSelector("a.login-link")).getDomAttribute("href")).startsWith("/login?next=");
        assertThat(driver.findElement(By.id("level-select")).getText()).doesNotContain("Wijk", "Buurt");
        browser.screenshot("public-gemeente-venlo.png");
    }

    @Test
    void zoomingInKeepsTheGemeenteLevelAndSaysWhy() throws IOException {
        browser.open(port, "/?lat=51.44&lng=5.48&z=12");
        WebElement map = driver.findElement(By.id("map"));
        assertThat(map.getDomAttribute("data-level")).isEqualTo("gemeente");
        assertThat(map.getDomAttribute("data-limited")).isEqualTo("true");
        WebElement hint = driver.findElement(By.id("level-hint"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).contains("alleen na inloggen");
        assertThat(hint.findElement(By.tagName("a")).getDomAttribute("href")).startsWith("/login?next=");
        assertThat(map.getDomAttribute("data-fills").split(" ")).as("coloured, not grey").hasSizeGreaterThanOrEqualTo(3);
        browser.screenshot("public-zoomed-in.png");
    }

    @Test
    void visitorsSeeSavedScenariosButNoRunButton() {
        browser.open(port, "/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("scenario-panel")).isDisplayed());
        assertThat(driver.findElement(By.id("sc-run")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("sc-save-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("sc-login-note")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#sc-list .sc-open[data-id='uitbreiding-2023']"))).hasSize(1);
        assertThat(driver.findElement(By.id("nav-login")).getText()).isEqualTo("Inloggen");
    }

    @Test
    void anUnknownGemeenteIsAPageInDutchNotProblemJson() throws Exception {
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gemeente/GM9999"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        browser.open(port, "/gemeente/GM9999");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
        assertThat(driver.findElement(By.id("not-found-text")).getText()).contains("Er is geen gemeente met code GM9999");
        assertThat(driver.findElement(By.id("search-input")).isDisplayed()).isTrue();
        // the one console error is the 404 of the page itself, which is the point; read it off so it is not counted
        assertThat(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .allMatch(e -> e.getMessage().contains("/gemeente/GM9999") && e.getMessage().contains("404"));
    }
}
