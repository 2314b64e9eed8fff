package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rates over too few residents (status {@code unreliable}) in a real browser: the classification module leaves them
 * out of the class breaks and greys them, and on the national buurt map the legend counts them apart from the
 * classes, whose top bound stays far below Stationsplein's 376,400 per 1,000.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreliableClassesIT {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void unreliableValuesAreLeftOutOfTheClassBreaksAndGreyed() throws Exception {
        Browser browser = Browser.start();
        try {
            ChromeDriver driver = browser.driver;
            driver.get("http://localhost:" + port + "/login");
            // five reliable values 10..50 and one unreliable 376,400: the classes must end at 50
            Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/js/choropleth.js').then((m) => {
                      const values = new Map([['A', [10, 'derived']], ['B', [20, 'derived']], ['C', [30, 'observed']],
                        ['D', [40, 'derived']], ['E', [50, 'derived']], ['X', [376400, 'unreliable']], ['S', [null, 'suppressed']]]);
                      const c = m.classifyValues(values, 'higher_is_riskier', { classCount: 5 });
                      done({ max: c.classes[c.classes.length - 1].max, counted: c.classes.reduce((n, k) => n + k.count, 0),
                        unreliable: c.unreliable.count, noData: c.noData.count, classOfX: c.classOf(376400, 'unreliable'),
                        colourX: c.colourForValue(376400, 'unreliable'), grey: m.UNRELIABLE_COLOUR,
                        colourE: c.colourForValue(50, 'derived'), top: c.classes[c.classes.length - 1].colour });
                    }).catch((e) => done({ error: String(e) }));
                    """);
            assertThat(r).doesNotContainKey("error");
            assertThat(((Number) r.get("max")).doubleValue()).isEqualTo(50);
            assertThat(((Number) r.get("counted")).intValue()).isEqualTo(5);
            assertThat(((Number) r.get("unreliable")).intValue()).isEqualTo(1);
            assertThat(((Number) r.get("noData")).intValue()).isEqualTo(1);
            assertThat(((Number) r.get("classOfX")).intValue()).isEqualTo(-1);
            assertThat(r.get("colourX")).isEqualTo(r.get("grey"));
            assertThat(r.get("colourE")).isEqualTo(r.get("top"));
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
        browser.closeAfterCheckingConsole();
    }

    @Test
    void theBuurtMapsLegendCountsUnreliableRatesApartFromTheClasses() throws Exception {
        Browser browser = Browser.start();
        try {
            ChromeDriver driver = browser.driver;
            browser.loginAsManager(port);
            driver.get("http://localhost:" + port + "/?indicator=crime_per_1000&level=buurt&z=13&lat=52.37&lng=4.90");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(d -> "true".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.body.dataset.ready")));
            wait.until(d -> !d.findElements(By.cssSelector("#legend .legend-unreliable")).isEmpty());
            // the map says how many areas it drew greyed, and none of them is among the class colours
            String greyed = (String) driver.executeScript("return document.querySelector('.map').dataset.unreliable");
            assertThat(Integer.parseInt(greyed)).isPositive();
            assertThat((String) driver.executeScript("return document.querySelector('.map').dataset.fills"))
                    .doesNotContain("#e4e4e4");

            String count = driver.findElement(By.cssSelector("#legend .legend-unreliable .legend-count")).getText();
            assertThat(Integer.parseInt(count.replace(".", ""))).isGreaterThan(1_000);
            assertThat(driver.findElement(By.cssSelector("#legend .legend-unreliable")).getText()).contains("Onbetrouwbaar");
            List<String> bounds = driver.findElements(By.cssSelector("#legend .legend-class .legend-label")).stream()
                    .map(e -> e.getText()).toList();
            String top = bounds.get(bounds.size() - 1);
            double max = Double.parseDouble(top.substring(top.lastIndexOf(' ') + 1).replace(".", "").replace(',', '.'));
            assertThat(max).isLessThan(10_000);
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
        browser.closeAfterCheckingConsole();
    }
}
