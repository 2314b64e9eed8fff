package nl.pmg.planner.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.pmg.planner.shared.InvalidParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/scenarios/{id}} (printable XHTML) and {@code …/{id}.pdf}: a scenario's methodology
 * report, in Dutch unless {@code lang=en} or the browser asks for English.
 */
@RestController
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/reports/scenarios/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable String id, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Long seed, @RequestParam(required = false) Integer draws,
            @RequestHeader(value = "Accept-Language", required = false) String accept) {
        String language = language(lang, accept);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Language", language).body(reports.html(reports.report(id, seed, draws), language));
    }

    @GetMapping(value = "/api/reports/scenarios/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Long seed, @RequestParam(required = false) Integer draws,
            @RequestHeader(value = "Accept-Language", required = false) String accept) {
        String language = language(lang, accept);
        MethodologyReport r = reports.report(id, seed, draws);
        String name = ("nl".equals(language) ? "verantwoording-" : "methodology-")
                + r.scenarioId().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Content-Language", language)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(reports.pdf(r, language));
    }

    /** {@code lang} when given (nl or en), else the first of nl/en the browser asks for, else Dutch. */
    static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            if (!ReportTexts.LANGUAGES.contains(lang)) {
                throw new InvalidParameter("lang", "lang must be nl or en.");
            }
            return lang;
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("nl")) {
                    return "nl";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "nl";
    }
}
