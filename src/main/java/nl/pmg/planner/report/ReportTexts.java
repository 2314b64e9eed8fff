package nl.pmg.planner.report;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import nl.pmg.planner.shared.Texts;

/**
 * The report's words in one language ({@code i18n/report_nl.properties}, {@code report_en.properties}), with
 * {@code {name}} parameters, and numbers in that language's format (decimal comma in Dutch).
 */
final class ReportTexts {

    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Map<String, Properties> BUNDLES = Map.of("nl", Texts.load("i18n/report_nl.properties"),
            "en", Texts.load("i18n/report_en.properties"));

    private final String lang;
    private final Properties words;
    private final Locale locale;

    ReportTexts(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("no report texts in " + lang);
        }
        this.lang = lang;
        this.words = BUNDLES.get(lang);
        this.locale = "nl".equals(lang) ? Locale.forLanguageTag("nl-NL") : Locale.UK;
    }

    String lang() {
        return lang;
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    /** The text of {@code key} with its parameters filled in (name, value, name, value …); the key itself when missing. */
    String t(String key, Object... params) {
        String text = words.getProperty(key, key);
        for (int i = 0; i + 1 < params.length; i += 2) {
            text = text.replace("{" + params[i] + "}", String.valueOf(params[i + 1]));
        }
        return text;
    }

    /** A number with at most {@code decimals} decimals; a dash for none. */
    String number(Double v, int decimals) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(v);
    }

    /** A share 0–1 as a whole percentage. */
    String percent(Double share) {
        return share == null || !Double.isFinite(share) ? "—" : number(100 * share, 0) + " %";
    }
}
