package nl.pmg.planner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pmg.planner.support.MainSources;
import org.junit.jupiter.api.Test;

/**
 * Every action the audit trail can record is worded in both languages of the audit page (web/js/i18n.js,
 * {@code audit.action.<action>} once in Dutch and once in English): the actions are read from the
 * {@code action()} methods of the audited events in src/main/java, so a new event cannot show its machine name
 * ("calibration-saved") in the Dutch page.
 */
class AuditActionWordsTest {

    private static final Pattern ACTION_METHOD = Pattern.compile("String action\\(\\)\\s*\\{(.*?)\\n\\s*}", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");

    static Set<String> auditedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (String source : MainSources.all()) {
            if (!source.contains("AuditedEvent")) {
                continue;
            }
            Matcher method = ACTION_METHOD.matcher(source);
            while (method.find()) {
                Matcher literal = LITERAL.matcher(method.group(1));
                while (literal.find()) {
                    actions.add(literal.group(1));
                }
            }
        }
        return actions;
    }

    @Test
    void everyAuditedActionHasADutchAndAnEnglishName() throws IOException {
        Set<String> actions = auditedActions();
        assertThat(actions).contains("scenario-saved", "membership-recorded", "membership-ended", "calibration-saved");
        String i18n = Files.readString(Path.of("web", "js", "i18n.js"));
        List<String> unnamed = new ArrayList<>();
        for (String action : actions) {
            Matcher key = Pattern.compile("['\"]audit\\.action\\." + Pattern.quote(action) + "['\"]\\s*:").matcher(i18n);
            int found = 0;
            while (key.find()) {
                found++;
            }
            if (found != 2) {
                unnamed.add(action + " (" + found + " of 2 languages)");
            }
        }
        assertThat(unnamed).isEmpty();
    }
}
