package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scenario panel of the programme view and the priority areas of the municipality view, in a real
 * headless Chromium: run a selection, its uncertainty, the built-in 2023 replay, save and reopen by
 * permalink, compare two scenarios. Each test leaves screenshots in target/screenshots and a clean console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/scenario-view-it/${random.uuid}")
class ScenarioViewIT {

    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Duration SOLVE = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String READY = "return document.body.dataset.ready === 'true'";

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
    void scenarioPanelRunsASelectionAndMarksExactlyTheAddedMunicipalities() throws IOException {
        open("/");
        setNumber("sc-add", "5");
        driver.findElement(By.id("sc-run")).click();
        awaitMarks("selected", 5);
        assertThat(driver.findElements(By.cssSelector("#sc-result .explain-card"))).hasSize(5);
        assertThat(driver.findElement(By.cssSelector("#legend .legend-mark-entry.mark-selected .legend-count")).getText()).isEqualTo("5");
        List<String> marked = codes(".mark-selected");
        List<String> carded = texts("#sc-result .explain-card", "data-code");
        assertThat(marked).containsExactlyInAnyOrderElementsOf(carded);

        WebElement first = driver.findElement(By.cssSelector("#sc-result .explain-card details summary"));
        scrollTo("#sc-result");
        first.click();
        WebElement card = driver.findElement(By.cssSelector("#sc-result .explain-card"));
        assertThat(card.findElements(By.cssSelector(".contribution-bars li"))).hasSize(5);
        assertThat(card.findElement(By.className("replacement")).getText()).startsWith("Vervangingskosten");
        assertThat(card.findElement(By.className("best-not-chosen")).getText()).startsWith("Beste niet gekozen");
        screenshot("scenario-run.png");

        driver.findElement(By.id("sc-uncertainty")).click();
        new WebDriverWait(driver, SOLVE).until(d -> !d.findElements(By.id("sc-stable-core")).isEmpty());
        assertThat(driver.findElement(By.id("sc-stable-core")).getText()).startsWith("Stabiele kern");
        assertThat(driver.findElements(By.cssSelector("#sc-uncertainty-result .frequency-row"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.cssSelector("#sc-result .explain-card .frequency")).getAttribute("textContent"))
                .contains("van 200 trekkingen");
        scrollTo("#sc-uncertainty-result");
        screenshot("scenario-uncertainty.png");

        driver.findElement(By.id("lang-toggle")).click();
        assertThat(driver.findElement(By.id("sc-run")).getText()).isEqualTo("Run selection");
        assertThat(driver.findElement(By.id("sc-stable-core")).getText()).startsWith("Stable core");
    }

    @Test
    void infeasibleConstraintsAreExplainedToTheUser() throws IOException {
        open("/");
        driver.findElement(By.cssSelector("#sc-constraints summary")).click();
        setNumber("sc-min-small", "30");
        driver.findElement(By.id("sc-run")).click();
        new WebDriverWait(driver, SOLVE).until(d -> d.findElement(By.id("sc-error")).isDisplayed());
        // worded in the UI's language from the problem's code and its conflicting constraint families
        assertThat(driver.findElement(By.id("sc-error")).getText()).contains("Geen selectie voldoet", "kleinere gemeenten")
                .doesNotContain("smaller municipalities");
        scrollTo("#sc-error");
        screenshot("scenario-infeasible.png");
        // the browser logs the 422 response itself; that one is expected
        driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Test
    void builtInScenario2023MarksItsEightAdditionsAndComparesWithTheActualChoice() throws IOException {
        open("/");
        driver.findElement(By.cssSelector("#sc-list .sc-open[data-id='uitbreiding-2023']")).click();
        awaitMarks("selected", 8);
        assertThat(driver.findElement(By.id("sc-opened")).getText()).contains("2023");
        assertThat(driver.findElement(By.id("sc-comparison")).getText()).contains("Model koos", "Werkelijk gekozen");
        assertThat(driver.getCurrentUrl()).contains("scenario=uitbreiding-2023");
        scrollTo("#sc-result");
        screenshot("scenario-2023.png");
    }

    @Test
    void replayOf2024ShowsAgreementAndWhatTheModelSawEarly() throws IOException {
        open("/?scenario=uitbreiding-2024");
        awaitMarks("selected", 20);
        String card = driver.findElement(By.id("sc-comparison")).getText();
        assertThat(card).contains("Model koos", "Werkelijk gekozen").containsPattern("\\d+ van de 20 keuzes van het model");
        assertThat(driver.findElement(By.cssSelector("#sc-comparison .seen-early")).getText())
                .contains("Nog geen latere ronde");
        scrollTo("#sc-result");
        screenshot("scenario-2024.png");
        open("/?scenario=uitbreiding-2023");
        awaitMarks("selected", 8);
        assertThat(driver.findElement(By.cssSelector("#sc-comparison .seen-early")).getText())
                .contains("Vroeg gezien").contains("Almelo");
    }

    @Test
    void twoPathwaysAndCapsThatCountAdditionsInThePanel() throws IOException {
        open("/");
        driver.findElement(By.cssSelector("#sc-constraints summary")).click();
        setNumber("sc-add", "10");
        setNumber("sc-perProvince-max", "2");
        assertThat(new Select(driver.findElement(By.id("sc-perProvince-counts"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("additions");
        assertThat(driver.findElement(By.id("sc-perProvince-counts")).getText()).contains("alleen nieuwe toevoegingen");
        setNumber("sc-pathway-severity", "6");
        setNumber("sc-pathway-prevention", "4");
        driver.findElement(By.id("sc-run")).click();
        awaitMarks("selected", 10);
        List<String> ways = texts("#sc-result .explain-card .pathway-badge", "data-pathway");
        assertThat(ways).hasSize(10);
        assertThat(ways.stream().filter("prevention"::equals).count()).isGreaterThanOrEqualTo(4);
        assertThat(ways.stream().filter("severity"::equals).count()).isGreaterThanOrEqualTo(6);
        assertThat(driver.findElement(By.id("sc-pathway-summary")).getText()).contains("via preventie");
        scrollTo("#sc-result");
        screenshot("scenario-pathways.png");

        // the same cap counting the whole programme: infeasible, and the message names provinces, not codes
        new Select(driver.findElement(By.id("sc-perProvince-counts"))).selectByValue("programme");
        driver.findElement(By.id("sc-run")).click();
        new WebDriverWait(driver, SOLVE).until(d -> d.findElement(By.id("sc-error")).isDisplayed());
        String error = driver.findElement(By.id("sc-error")).getText();
        assertThat(error).contains("Zuid-Holland heeft al").doesNotContain("PV28").doesNotContain("already");
        scrollTo("#sc-error");
        screenshot("scenario-caps-infeasible.png");
        driver.manage().logs().get(LogType.BROWSER).getAll(); // the 422 the browser logs is expected
    }

    @Test
    void savedScenarioIsRestoredFromItsPermalink() throws IOException {
        open("/");
        setNumber("sc-add", "6");
        driver.findElement(By.cssSelector("input[name='sc-objective'][value='SCORE_X_YOUNG_PEOPLE']")).click();
        driver.findElement(By.id("sc-run")).click();
        awaitMarks("selected", 6);
        List<String> before = codes(".mark-selected");
        driver.findElement(By.id("sc-name")).sendKeys("Zes met jongeren");
        driver.findElement(By.id("sc-save")).click();
        new WebDriverWait(driver, SOLVE).until(d -> !d.findElements(By.id("sc-permalink")).isEmpty());
        String permalink = driver.findElement(By.id("sc-permalink")).getDomAttribute("href");
        assertThat(permalink).startsWith("/?scenario=");
        assertThat(driver.findElements(By.cssSelector("#sc-list .sc-item.current"))).hasSize(1);

        open(permalink);
        awaitMarks("selected", 6);
        assertThat(codes(".mark-selected")).containsExactlyInAnyOrderElementsOf(before);
        assertThat(driver.findElement(By.id("sc-add")).getDomProperty("value")).isEqualTo("6");
        assertThat(driver.findElement(By.cssSelector("input[name='sc-objective'][value='SCORE_X_YOUNG_PEOPLE']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("sc-opened")).getText()).contains("Zes met jongeren");
        screenshot("scenario-permalink.png");
    }

    @Test
    void comparingTwoScenariosDrawsAddedRemovedKeptAndARankShiftTable() throws Exception {
        String a = saveScenario("Acht op score", "{\"level\":\"gemeente\",\"add\":8,\"objective\":\"SCORE\"}");
        open("/");
        driver.findElement(By.cssSelector("#sc-weights summary")).click();
        setNumber("w-crime-n", "0.8");
        assertThat(driver.findElement(By.id("w-crime")).getDomProperty("value")).isEqualTo("0.8");
        driver.findElement(By.id("sc-run")).click();
        awaitMarks("selected", 8);
        driver.findElement(By.id("sc-name")).sendKeys("Acht, zwaar op criminaliteit");
        driver.findElement(By.id("sc-save")).click();
        new WebDriverWait(driver, SOLVE).until(d -> !d.findElements(By.id("sc-permalink")).isEmpty());
        String b = driver.findElement(By.id("sc-permalink")).getDomAttribute("href").replace("/?scenario=", "");

        new Select(driver.findElement(By.id("sc-compare-a"))).selectByValue(a);
        new Select(driver.findElement(By.id("sc-compare-b"))).selectByValue(b);
        driver.findElement(By.id("sc-compare")).click();
        new WebDriverWait(driver, SOLVE).until(d -> !d.findElements(By.id("rank-shift-table")).isEmpty());

        String comparison = get("/api/scenarios/" + a + "/compare/" + b);
        int added = count(comparison, "added");
        int removed = count(comparison, "removed");
        int kept = count(comparison, "kept");
        assertThat(added + kept).isEqualTo(8);
        assertThat(added).as("a heavier crime weight changes the selection").isPositive();
        assertThat(codes(".mark-added")).hasSize(added);
        assertThat(codes(".mark-removed")).hasSize(removed);
        assertThat(codes(".mark-kept")).hasSize(kept);
        assertThat(driver.findElements(By.cssSelector("#rank-shift-table tbody tr"))).hasSize(added + removed + kept);
        assertThat(texts("#rank-shift-table tbody td:last-child", "textContent")).anyMatch(shift -> !"0".equals(shift));
        assertThat(driver.findElements(By.cssSelector("#legend .legend-mark-entry"))).hasSize(3);
        scrollTo("#legend");
        screenshot("scenario-compare-map.png");
        scrollTo("#sc-compare-result");
        screenshot("scenario-compare-table.png");
    }

    @Test
    void municipalityViewListsAndMarksItsPriorityAreas() throws IOException {
        open("/gemeente/GM0983");
        assertThat(driver.findElements(By.cssSelector("#priority-areas .priority-top-wijk li"))).hasSize(5);
        assertThat(driver.findElements(By.cssSelector("#priority-areas .priority-top-buurt li"))).hasSize(5);
        assertThat(texts("#priority-areas .priority-top-wijk li", "data-code")).allMatch(c -> c.startsWith("WK0983"));
        assertThat(codes(".mark-priority")).hasSize(5).allMatch(c -> c.startsWith("WK0983"));
        assertThat(driver.findElement(By.cssSelector("#legend .legend-mark-entry.mark-priority")).getText()).contains("wijken");
        screenshot("gemeente-priority-wijken.png");

        new Select(driver.findElement(By.id("level-select"))).selectByValue("buurt");
        new WebDriverWait(driver, LOAD).until(d -> codes(".mark-priority").stream().allMatch(c -> c.startsWith("BU0983"))
                && codes(".mark-priority").size() == 5);
        scrollTo("#priority-areas");
        screenshot("gemeente-priority-buurten.png");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        WebDriverWait wait = new WebDriverWait(driver, LOAD);
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> (Boolean) driver.executeScript(READY) || !d.findElement(By.id("error")).getText().isEmpty());
        assertThat(driver.findElement(By.id("error")).getText()).isEmpty();
    }

    private void setNumber(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void awaitMarks(String kind, int n) {
        new WebDriverWait(driver, SOLVE).until(d -> codes(".mark-" + kind).size() == n
                && !"true".equals(driver.findElement(By.id("scenario-panel")).getDomAttribute("aria-busy")));
        assertThat(driver.findElement(By.id("sc-error")).isDisplayed()).isFalse();
    }

    /** data-code of every marked path of the given class on the map. */
    private List<String> codes(String markClass) {
        return texts("#map path.mark" + markClass, "data-code");
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String selector, String attribute) {
        return (List<String>) driver.executeScript(
                "const [selector, attribute] = arguments;"
                + "return Array.from(document.querySelectorAll(selector),"
                + " e => attribute === 'textContent' ? e.textContent : e.getAttribute(attribute))", selector, attribute);
    }

    private void scrollTo(String selector) {
        driver.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", selector);
    }

    private String saveScenario(String name, String request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Authorization", nl.pmg.planner.support.Http.MANAGER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"request\":" + request + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("^\\{\"id\":\"([^\"]+)\"").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", nl.pmg.planner.support.Http.MANAGER).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Number of {code, name} entries in one array field of a comparison. */
    private static int count(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\[(.*?)]").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return m.group(1).isBlank() ? 0 : m.group(1).split("\\},\\{").length;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
