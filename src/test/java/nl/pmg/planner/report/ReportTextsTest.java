package nl.pmg.planner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    private static Set<String> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (var in = ReportTextsTest.class.getResourceAsStream("/i18n/report_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveTheSameWordsExceptTheDutchDomainReasons() throws Exception {
        Set<String> nl = keys("nl");
        nl.removeIf(k -> k.startsWith("domain.")); // English reports quote the framework's own (English) reasons
        assertEquals(keys("en"), nl);
    }

    @Test
    void dutchNumbersHaveADecimalCommaAndParametersAreFilledIn() {
        ReportTexts nl = new ReportTexts("nl");
        assertEquals("1,50", nl.number(1.5, 2));
        assertEquals("35 %", nl.percent(0.349));
        assertEquals("—", nl.number(Double.NaN, 1));
        assertEquals("Ronde 2023: 8 gekozen uit 323 kandidaten.",
                nl.t("s9.round", "round", "2023", "chosen", 8, "candidates", 323));
        assertEquals("1.50", new ReportTexts("en").number(1.5, 2));
    }
}
