package nl.pmg.planner.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Words meant for people, in the language the request asks for: Dutch when {@code Accept-Language}
 * prefers {@code nl} over {@code en}, else English (also without the header, so API clients see what they
 * always saw). Texts live in {@code i18n/texts_{nl,en}.properties}, problem wording in
 * {@code i18n/problems_{nl,en}.properties}, one key per stable code, with {@code {name}} placeholders
 * filled from named parameters (a problem's members).
 */
public final class Texts {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, Properties> TEXTS = Map.of("nl", load("i18n/texts_nl.properties"),
            "en", load("i18n/texts_en.properties"));
    private static final Map<String, Properties> PROBLEMS = Map.of("nl", load("i18n/problems_nl.properties"),
            "en", load("i18n/problems_en.properties"));

    private Texts() {
    }

    /** English fragments of catalogue sources in Dutch (the same as web/js/i18n.js SOURCE_NL). */
    private static final Map<String, String> SOURCE_NL = Map.of(
            "registered crimes per month per wijk and buurt", "geregistreerde misdrijven per maand per wijk en buurt",
            " from Politie via CBS", " uit Politie via CBS");

    /** A catalogue entry's source line in lang: the catalogue words a few of them partly in English. */
    public static String source(String lang, String source) {
        String out = source == null ? "" : source;
        if ("nl".equals(lang)) {
            for (Map.Entry<String, String> e : SOURCE_NL.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** nl or en for an Accept-Language header value (null or unparseable: en). */
    public static String lang(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return tag == null ? "en" : tag;
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }

    /** The language of the request being answered on this thread (en outside a request). */
    public static String lang() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return lang(attributes.getRequest());
        }
        return "en";
    }

    public static String lang(HttpServletRequest request) {
        return lang(request.getHeader("Accept-Language"));
    }

    /** The text for key in the request's language; params are name, value pairs. A missing key fails loudly. */
    public static String text(String key, Object... params) {
        return textIn(lang(), key, params);
    }

    public static String textIn(String lang, String key, Object... params) {
        String template = TEXTS.get(lang).getProperty(key, TEXTS.get("en").getProperty(key));
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' in i18n/texts_*.properties");
        }
        java.util.Map<String, Object> named = new java.util.HashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            named.put(String.valueOf(params[i]), params[i + 1]);
        }
        return fill(template, named);
    }

    /** The wording of a problem code in lang with its members filled in, or null when the code has none. */
    public static String problem(String code, Map<String, ?> members, String lang) {
        String template = PROBLEMS.getOrDefault(lang, PROBLEMS.get("en")).getProperty(code);
        return template == null ? null : fill(template, members);
    }

    static String fill(String template, Map<String, ?> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = params.get(m.group(1));
            String text = v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : v == null ? "" : String.valueOf(v);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Rewords a problem document (its members, "code" among them) for lang: Dutch gets the wording of
     * problems_nl.properties; English keeps the specific English detail the service wrote.
     */
    public static void localise(Map<String, Object> problem, String lang) {
        if (!"nl".equals(lang) || !(problem.get("code") instanceof String code)) {
            return;
        }
        String text = problem("csrf".equals(problem.get("reason")) ? "csrf" : code, problem, lang);
        if (text != null) {
            problem.put("detail", text);
        }
    }

    /** Every code with wording in lang (for the test that every problem code is worded in both languages). */
    static java.util.Set<String> problemCodes(String lang) {
        return PROBLEMS.get(lang).stringPropertyNames();
    }
}
