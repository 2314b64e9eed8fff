package nl.pmg.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void dutchOnlyWhenTheRequestPrefersDutchOverEnglish() {
        assertThat(Texts.lang("nl-NL,nl;q=0.9,en;q=0.8")).isEqualTo("nl");
        assertThat(Texts.lang("nl")).isEqualTo("nl");
        assertThat(Texts.lang("en-US,en;q=0.9,nl;q=0.5")).isEqualTo("en");
        assertThat(Texts.lang("de-DE,de;q=0.9,nl;q=0.8")).isEqualTo("nl"); // no German: the next language asked for
        assertThat(Texts.lang("de")).isEqualTo("en");
    }

    @Test
    void englishWithoutOrWithAnUnreadableHeader() {
        assertThat(Texts.lang((String) null)).isEqualTo("en");
        assertThat(Texts.lang("")).isEqualTo("en");
        assertThat(Texts.lang(";;q=x")).isEqualTo("en");
    }

    @Test
    void placeholdersAreFilledByNameAndListsJoined() {
        assertThat(Texts.fill("{n} of {of}: {list}.", Map.of("n", 3, "of", 5, "list", List.of("a", "b"))))
                .isEqualTo("3 of 5: a, b.");
        assertThat(Texts.fill("no {such} member", Map.of())).isEqualTo("no  member");
        assertThat(Texts.fill("a $1 and a \\ stay", Map.of())).isEqualTo("a $1 and a \\ stay");
    }

    @Test
    void textsComeFromTheFileOfTheLanguage() {
        assertThat(Texts.textIn("nl", "caveat.trend-flat", "band", 5, "from", 2021))
                .isEqualTo("Gelijk betekent een verandering binnen ±5 % van de waarde in 2021.");
        assertThat(Texts.textIn("en", "caveat.trend-flat", "band", 5, "from", 2021))
                .isEqualTo("Flat means a change within ±5 % of the 2021 value.");
        assertThatThrownBy(() -> Texts.textIn("nl", "no.such.key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dutchProblemsAreRewordedAndEnglishKeepsItsDetail() {
        Map<String, Object> problem = new java.util.HashMap<>(Map.of("code", "unknown-area", "area", "GM9999", "detail", "There is no area."));
        Texts.localise(problem, "en");
        assertThat(problem.get("detail")).isEqualTo("There is no area.");
        Texts.localise(problem, "nl");
        assertThat(problem.get("detail")).isEqualTo("Er is geen gebied met code 'GM9999'.");
        Map<String, Object> csrf = new java.util.HashMap<>(Map.of("code", "forbidden", "reason", "csrf", "detail", "x"));
        Texts.localise(csrf, "nl");
        assertThat((String) csrf.get("detail")).startsWith("Het CSRF-token ontbreekt");
    }
}
