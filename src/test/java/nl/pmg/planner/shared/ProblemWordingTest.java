package nl.pmg.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pmg.planner.support.MainSources;
import org.junit.jupiter.api.Test;

/**
 * Every problem code the service can answer with is worded in Dutch and in English, with the same
 * parameters in both: read from the sources, so a new code without wording fails here.
 */
class ProblemWordingTest {

    /** Where codes are born: ApiProblem subclasses, NotFound, ProblemHandler/ProblemResponses writers and the error pages. */
    private static final Pattern CODE = Pattern.compile(
            "(?:super\\(HttpStatus\\.\\w+, |new NotFound\\(|problem\\(HttpStatus\\.\\w+, |write\\(response,\\s*(?:org\\.springframework\\.http\\.)?HttpStatus\\.\\w+, |case \\d+ -> )\"([a-z-]+)\"");
    /** Codes picked by a condition: {@code String code = status >= 500 ? "internal-error" : …;}. */
    private static final Pattern CHOSEN = Pattern.compile("String code = ([^;?]*\\?[^;]+);");
    private static final Pattern QUOTED = Pattern.compile("\"([a-z-]+)\"");

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String source : MainSources.all()) {
            Matcher m = CODE.matcher(source);
            while (m.find()) {
                codes.add(m.group(1));
            }
            Matcher chosen = CHOSEN.matcher(source);
            while (chosen.find()) {
                Matcher q = QUOTED.matcher(chosen.group(1));
                while (q.find()) {
                    codes.add(q.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeInTheSourcesHasWordingInBothLanguages() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).contains("unknown-area", "invalid-parameter", "selection-infeasible", "unauthenticated", "forbidden",
                "too-many-failed-logins", "invalid-request", "internal-error", "not-found", "bad-request");
        assertThat(Texts.problemCodes("nl")).containsAll(codes);
        assertThat(Texts.problemCodes("en")).containsAll(codes);
    }

    @Test
    void bothLanguagesHaveTheSameCodesAndParameters() {
        assertThat(Texts.problemCodes("nl")).isEqualTo(Texts.problemCodes("en"));
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        for (String code : Texts.problemCodes("nl")) {
            assertThat(names(placeholder, raw("nl", code))).as(code).isEqualTo(names(placeholder, raw("en", code)));
        }
    }

    private static String raw(String lang, String code) {
        return Texts.load("i18n/problems_" + lang + ".properties").getProperty(code);
    }

    private static Set<String> names(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
