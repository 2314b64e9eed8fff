package nl.pmg.planner.scoring;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.shared.ApiProblem;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Frameworks ({@code /api/frameworks}) and scoring runs ({@code POST /api/scores}). */
@RestController
class ScoringController {

    record FrameworkSummary(String id, String version, String nameNl, String nameEn) {
    }

    private final Scores scores;
    private final FrameworkStore store;
    private final IndicatorValues indicators;
    private final Areas areas;

    ScoringController(Scores scores, FrameworkStore store, IndicatorValues indicators, Areas areas) {
        this.scores = scores;
        this.store = store;
        this.indicators = indicators;
        this.areas = areas;
    }

    @GetMapping("/api/frameworks")
    Map<String, List<FrameworkSummary>> frameworks() {
        List<FrameworkSummary> list = new ArrayList<>();
        Framework d = Scores.defaultFramework();
        list.add(new FrameworkSummary(d.id(), d.version(), d.nameNl(), d.nameEn()));
        store.list().forEach(f -> list.add(new FrameworkSummary(f.id(), f.version(), f.nameNl(), f.nameEn())));
        return Map.of("frameworks", list);
    }

    @GetMapping("/api/frameworks/default")
    Framework defaultFramework() {
        return Scores.defaultFramework();
    }

    @GetMapping("/api/frameworks/{id}")
    Framework framework(@PathVariable String id, @RequestParam(required = false) String version) {
        return resolve(id, version);
    }

    @PostMapping("/api/frameworks")
    ResponseEntity<Framework> save(@RequestBody Framework framework) {
        Framework f = checked(framework);
        if (f.id() == null || !f.id().matches("[a-z0-9][a-z0-9_-]{0,63}") || f.id().equals("default")) {
            throw new FrameworkRejected("A saved framework needs an id of lower-case letters, digits, '-' or '_' "
                    + "(at most 64), other than 'default'.");
        }
        if (f.version() == null || !f.version().matches("[0-9A-Za-z.+-]{1,32}")) {
            throw new FrameworkRejected("A saved framework needs a version such as 1.0.0.");
        }
        if (store.exists(f.id(), f.version()) || !store.save(f, nl.pmg.planner.security.Scope.current().username())) {
            throw new VersionExists(f.id(), f.version());
        }
        return ResponseEntity.created(URI.create("/api/frameworks/" + f.id() + "?version=" + f.version())).body(f);
    }

    @PostMapping("/api/scores")
    ScoreDocument score(@RequestBody ScoreRequest request) {
        Level level = Level.ofId(request.level() == null ? "gemeente" : request.level())
                .orElseThrow(() -> new InvalidParameter("level", "level must be gemeente, wijk or buurt."));
        Framework framework = request.framework() != null ? checked(request.framework())
                : request.frameworkId() == null ? Scores.defaultFramework() : resolve(request.frameworkId(), null);
        ScoringOptions options;
        try {
            options = request.options() == null ? ScoringOptions.defaults() : request.options().resolve();
        } catch (InvalidScoringOptions e) {
            throw new InvalidParameter("options", e.getMessage());
        }
        GemeenteMethod method = request.gemeenteMethod() == null ? GemeenteMethod.INDICATORS : request.gemeenteMethod();
        if (request.gemeente() != null && areas.find(request.gemeente()).filter(a -> a.level() == Level.GEMEENTE).isEmpty()) {
            throw NotFound.area(request.gemeente());
        }
        int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        if (limit < 1) {
            throw new InvalidParameter("limit", "limit must be at least 1.");
        }
        Scores.LevelScores result = isDefault(framework, options, method) ? scores.defaults(level)
                : scores.score(framework, level, options, method);
        return ScoreDocument.of(result, method, request.gemeente(), limit, new ScoreDocument.Names() {
            public String name(String code) {
                return areas.find(code).map(Area::name).orElse(null);
            }

            public String gemeente(String code) {
                return areas.find(code).map(Area::gemeenteCode).orElse(null);
            }
        });
    }

    private static boolean isDefault(Framework f, ScoringOptions o, GemeenteMethod m) {
        return f.equals(Scores.defaultFramework()) && o.equals(ScoringOptions.defaults()) && m == GemeenteMethod.INDICATORS;
    }

    private Framework resolve(String id, String version) {
        if (id.equals("default")) {
            return Scores.defaultFramework();
        }
        boolean possible = id.matches("[a-z0-9][a-z0-9_-]{0,63}") && (version == null || version.matches("[0-9A-Za-z.+-]{1,32}"));
        return (possible ? store.find(id, version) : java.util.Optional.<Framework>empty()).orElseThrow(() -> new NotFound("unknown-framework",
                "There is no saved framework '" + Text.shorten(id) + "'" + (version == null ? "" : " version " + Text.shorten(version)) + ".",
                java.util.Map.of("id", Text.shorten(id))));
    }

    /** Validates weights and structure, and that every indicator is in the catalogue. */
    private Framework checked(Framework f) {
        try {
            f.validate();
        } catch (InvalidFramework e) {
            throw new FrameworkRejected(e.getMessage());
        }
        for (Domain d : f.domains()) {
            for (FrameworkIndicator i : d.indicators()) {
                if (indicators.find(i.indicatorId()).isEmpty()) {
                    throw new FrameworkRejected("Domain '" + Text.shorten(d.id()) + "' names unknown indicator '"
                            + Text.shorten(i.indicatorId()) + "'.");
                }
            }
        }
        return f;
    }

    static class VersionExists extends ApiProblem {
        private final String id;
        private final String version;

        VersionExists(String id, String version) {
            super(HttpStatus.CONFLICT, "framework-version-exists", "Framework '" + id + "' version " + version
                    + " is already saved; saved versions never change, so save the change as a new version.");
            this.id = id;
            this.version = version;
        }

        @Override
        public java.util.Map<String, Object> extensions() {
            return java.util.Map.of("id", String.valueOf(id), "version", String.valueOf(version));
        }
    }
}
