package nl.pmg.planner.profile;

import jakarta.servlet.http.HttpServletRequest;
import nl.pmg.planner.layer.MapLayers;
import nl.pmg.planner.print.Pdf;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/profiles/{gemeente}.pdf?lang=nl&indicator=crime_per_1000}: the A4 gebiedsprofiel. Public:
 * a visitor gets the gemeente-level profile; wijk figures appear only for callers with detail rights.
 */
@RestController
class ProfileController {

    private final ProfileData data;
    private final MapLayers layers;

    ProfileController(ProfileData data, MapLayers layers) {
        this.data = data;
        this.layers = layers;
    }

    @GetMapping("/api/profiles/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "crime_per_1000") String indicator, HttpServletRequest request) {
        String language = lang == null ? Texts.lang(request) : lang;
        if (!Texts.LANGUAGES.contains(language)) {
            throw new InvalidParameter("lang", "lang must be nl or en.");
        }
        Profile profile = data.of(code, indicator, language);
        byte[] pdf = Pdf.render(new ProfileHtml(profile, layers.all()).render());
        String name = Texts.textIn(language, "profile.file") + "-" + profile.gemeente().name().replaceAll("[^\\p{L}\\p{N}]+", "-")
                + "-" + profile.date() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Content-Language", language).body(pdf);
    }
}
