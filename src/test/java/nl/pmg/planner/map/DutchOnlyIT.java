package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One language at a time: every page walked in Dutch — as a visitor and as a programme manager, with a
 * selection run, an infeasible one and the 2023 replay opened — shows none of the English words of the UI's
 * own English strings (web/js/i18n.js, those that are not also Dutch). Text marked lang="en" (the "English"
 * switch) is English on purpose, identifiers and what people wrote, marked translate="no" (user names, paths,
 * checksums, scenario names, decision notes), are no UI words,
 * and the words of gemeente names (Best, Goes) are Dutch place names: all three are left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DutchOnlyIT {

    @LocalServerPort
    int port;

    /** Words of the English strings that never occur in the Dutch ones: the English only an English UI shows. */
    static Set<String> englishWords() throws IOException {
        String source = Files.readString(Path.of("web", "js", "i18n.js"));
        int en = source.indexOf("\n  en: {");
        int end = source.indexOf("\n  },", en);
        Set<String> english = words(source.substring(en, end));
        english.removeAll(words(source.substring(source.indexOf("\n  nl: {"), en)));
        english.removeIf(w -> w.length() < 4);
        return english;
    }

    private static Set<String> words(String block) {
        Set<String> out = new TreeSet<>();
        Matcher strings = Pattern.compile(":\\s*(['\"])(.*?)(?<!\\\\)\\1,?\\s*$", Pattern.MULTILINE).matcher(block);
        while (strings.find()) {
            addWords(strings.group(2).replaceAll("\\{\\w+}", " "), out);
        }
        return out;
    }

    private static void addWords(String text, Set<String> out) {
        Matcher w = Pattern.compile("\\p{L}+").matcher(text);
        while (w.find()) {
            out.add(w.group().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theEnglishWordListIsTakenFromI18n() throws IOException {
        Set<String> english = englishWords();
        assertThat(english).contains("municipality", "something", "wrong", "neighbourhoods", "legend", "login")
                .doesNotContain("gemeente", "wijk", "buurt", "preventie", "monitor");
    }

    /** Words of the 342 gemeente names (Best, Goes, Oss …): Dutch place names, whatever English has the same word. */
    private Set<String> placeNames() {
        Set<String> out = new TreeSet<>();
        for (var f : new nl.pmg.planner.support.Http(port).get("/api/collections/gemeenten/items?limit=400&properties=name").json().get("features")) {
            addWords(f.get("properties").get("name").asString(), out);
        }
        return out;
    }

    @Test
    void everyPageInDutchIsInDutchOnly() throws IOException {
        Set<String> english = englishWords();
        english.removeAll(placeNames());
        List<String> found = new ArrayList<>();
        try (Browser visitor = Browser.start()) {
            for (String page : List.of("/", "/?view=analyse", "/gemeente/GM0983", "/monitor", "/monitor/GM0983", "/login", "/nergens")) {
                visitor.open(port, page);
                check(visitor, "visitor " + page, english, found);
            }
        }
        try (Browser manager = Browser.start()) {
            manager.loginAsManager(port);
            for (String page : List.of("/gemeente/GM0983", "/audit", "/?scenario=uitbreiding-2023")) {
                manager.open(port, page);
                check(manager, "manager " + page, english, found);
            }
            var driver = manager.driver;
            driver.findElement(By.cssSelector("#sc-result .explain-card details summary")).click();
            check(manager, "manager replay with an explanation card open", english, found);
            driver.findElement(By.id("sc-add")).clear();
            driver.findElement(By.id("sc-add")).sendKeys("3");
            driver.findElement(By.id("sc-run")).click();
            new WebDriverWait(driver, java.time.Duration.ofSeconds(90)).until(d -> !"true".equals(d.findElement(By.id("scenario-panel")).getDomAttribute("aria-busy"))
                    && d.findElements(By.cssSelector("#sc-result .explain-card")).size() == 3);
            check(manager, "manager after a selection run", english, found);
            driver.findElement(By.cssSelector("#sc-constraints summary")).click();
            driver.findElement(By.id("sc-perProvince-max")).sendKeys("0");
            driver.findElement(By.id("sc-run")).click();
            new WebDriverWait(driver, java.time.Duration.ofSeconds(90)).until(d -> d.findElement(By.id("sc-error")).isDisplayed());
            assertThat(driver.findElement(By.id("sc-error")).getText()).contains("randvoorwaarden");
            check(manager, "manager after an infeasible run", english, found);
        }
        assertThat(found).isEmpty();
    }

    private static void check(Browser browser, String where, Set<String> english, List<String> found) {
        String text = (String) browser.driver.executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[lang]:not([lang=nl]), [translate=no], script, style, [hidden]').forEach(e => e.remove());
                document.body.append(copy); copy.style.position = 'absolute'; copy.style.left = '-99999px';
                const text = copy.innerText + ' ' + Array.from(copy.querySelectorAll('[aria-label],[title],[placeholder]'),
                    e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')].join(' ')).join(' ');
                copy.remove();
                return text;""");
        Matcher w = Pattern.compile("\\p{L}+").matcher(text);
        Set<String> hits = new TreeSet<>();
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (english.contains(word)) {
                hits.add(word);
            }
        }
        if (!hits.isEmpty()) {
            found.add(where + ": " + hits);
        }
    }
}
