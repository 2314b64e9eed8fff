package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages #13 changed, in a real headless Chromium: the audit page says the chain is intact and how many
 * events it holds; the scenario panel saves a draft unless "publish" is ticked and marks drafts in the list;
 * the public monitor says why wijk figures of a focus area are not shown; the login page says an account is
 * locked. Screenshots in target/screenshots; the console stays clean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/trust-pages")
class TrustPagesIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private void screenshot(Browser b, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(b.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void auditPageShowsTheVerdictOnTheChain() throws IOException {
        new Http(port).post("/api/decisions", "application/json",
                "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"defer\",\"note\":\"voor de schermafdruk\"}");
        Browser b = Browser.start();
        try {
            b.loginAsManager(port);
            b.driver.get("http://localhost:" + port + "/audit");
            new WebDriverWait(b.driver, Duration.ofSeconds(120)).until(d -> "true".equals(
                    d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(b.driver.findElement(By.id("audit-status")).getText())
                    .startsWith("De keten van controlegetallen is intact").contains("gebeurtenissen)");
            assertThat(b.driver.findElement(By.id("audit-rows")).getText()).contains("besluit").contains("ingelogd");
            screenshot(b, "audit.png");
        } finally {
            b.closeAfterCheckingConsole();
        }
    }

    @Test
    void theScenarioPanelSavesADraftUnlessPublishIsTicked() throws IOException {
        Browser b = Browser.start();
        try {
            b.login(port, "analyst", "demo-analyst");
            b.driver.get("http://localhost:" + port + "/");
            var wait = new WebDriverWait(b.driver, Duration.ofSeconds(180));
            wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript("return document.body.dataset.ready === 'true'")));
            b.driver.findElement(By.id("sc-run")).click();
            wait.until(d -> !"true".equals(d.findElement(By.id("scenario-panel")).getDomAttribute("aria-busy"))
                    && !d.findElements(By.cssSelector("#map path.mark-selected")).isEmpty());
            assertThat(b.driver.findElement(By.id("sc-publish")).isSelected()).isFalse();
            b.driver.findElement(By.id("sc-name")).sendKeys("Concept uit de browser");
            b.driver.findElement(By.id("sc-save")).click();
            wait.until(d -> d.findElement(By.id("sc-list")).getText().contains("Concept uit de browser"));
            assertThat(b.driver.findElement(By.cssSelector("#sc-list .badge-draft")).getText()).isEqualTo("concept");
            b.driver.executeScript("document.getElementById('sc-save-form').scrollIntoView({block: 'start'})");
            screenshot(b, "scenario-draft.png");
        } finally {
            b.closeAfterCheckingConsole();
        }
        assertThat(Http.anonymous(port).get("/api/scenarios").body()).doesNotContain("Concept uit de browser");
    }

    @Test
    void thePublicMonitorSaysWhyFocusAreaWijkFiguresAreNotShown() throws IOException {
        Browser b = Browser.start();
        try {
            b.driver.get("http://localhost:" + port + "/monitor");
            new WebDriverWait(b.driver, Duration.ofSeconds(120))
                    .until(d -> d.findElements(By.cssSelector("#focus-list .focus-area")).size() == 20);
            String mapped = b.driver.findElements(By.cssSelector(".focus-mapped")).get(0).getText();
            assertThat(mapped).contains("Wijkcijfers alleen na inloggen");
            assertThat(b.driver.findElement(By.cssSelector(".focus-mapped table.focus-table")).getText())
                    .contains("Wijk(en): misdrijven").contains("—");
            b.driver.executeScript("document.querySelector('.focus-mapped').scrollIntoView({block: 'start'})");
            screenshot(b, "monitor-focus-public.png");
        } finally {
            b.closeAfterCheckingConsole();
        }
    }

    @Test
    void theLoginPageSaysAnAccountIsLocked() throws IOException {
        Http wrong = new Http(port, "enschede", "wrong");
        for (int i = 0; i < 10; i++) {
            wrong.get("/api/exports/gemeenten.csv");
        }
        Browser b = Browser.start();
        try {
            b.driver.get("http://localhost:" + port + "/login");
            var wait = new WebDriverWait(b.driver, Duration.ofSeconds(120));
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            b.driver.findElement(By.id("username")).sendKeys("enschede");
            b.driver.findElement(By.id("password")).sendKeys("demo-enschede");
            b.driver.findElement(By.id("login-submit")).click();
            wait.until(d -> d.getCurrentUrl().contains("locked")
                    && "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(b.driver.findElement(By.id("login-message")).getText()).startsWith("Te veel mislukte pogingen");
            screenshot(b, "login-locked.png");
        } finally {
            b.closeAfterCheckingConsole();
        }
    }
}
