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
    private final nl.pmg.planner.disclosure.Disclosure disclosure;

    ScoringController(Scores scores, FrameworkStore store, IndicatorValues indicators, Areas areas,
            nl.pmg.planner.disclosure.Disclosure disclosure) {
        this.scores = scores;
        this.store = store;
        this.indicators = indicators;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/frameworks")
    Map<String, List<FrameworkSummary>> frameworks() {
        List<FrameworkSummary> list = new ArrayList<>();
        Framework d = Scores.defaultFramework();
        list.add(new FrameworkSummary(d.id(), d.version(), d.nameNl(), d.nameEn()));
        Framework res = Scores.residentialFramework();
        list.add(new FrameworkSummary(res.id(), res.version(), res.nameNl(), res.nameEn()));
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
        if (f.id() == null || !f.id().matches("[a-z0-9][a-z0-9_-]{0,63}") || f.id().equals("default")
                || f.id().equals(Scores.residentialFramework().id())) {
            throw new FrameworkRejected("A saved framework needs an id of lower-case letters, digits, '-' or '_' "
                    + "(at most 64), other than 'default' and 'residential'.");
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
    Object score(@RequestBody ScoreRequest request) {
        Level level = Level.ofId(request.level() == null ? "gemeente" : request.level())
                .orElseThrow(() -> new InvalidParameter("level", "level must be gemeente, wijk or buurt."));
        Lens lens = request.lens() == null ? null : Lens.ofId(request.lens()).orElseThrow(() -> new InvalidParameter(
                "lens", "lens must be residential or incidents, not '" + Text.shorten(request.lens()) + "'."));
        if (lens != null && (request.framework() != null || request.frameworkId() != null)) {
            throw new InvalidParameter("lens", "A lens chooses what is scored; give lens or framework/frameworkId, not both.");
        }
        if (lens == Lens.INCIDENTS) {
            return incidents(level, request);
        }
        Framework framework = lens == Lens.RESIDENTIAL ? Scores.residentialFramework()
                : request.framework() != null ? checked(request.framework())
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
        boolean plain = options.equals(ScoringOptions.defaults()) && method == GemeenteMethod.INDICATORS;
        Scores.LevelScores result = plain && framework.equals(Scores.defaultFramework()) ? scores.defaults(level)
                : plain && framework.equals(Scores.residentialFramework()) ? scores.residential(level)
                : scores.score(framework, level, options, method);
        return ScoreDocument.of(result, lens, method, request.gemeente(), limit, new ScoreDocument.Names() {
            public String name(String code) {
                return areas.find(code).map(Area::name).orElse(null);
            }

            public String gemeente(String code) {
                return areas.find(code).map(Area::gemeenteCode).orElse(null);
            }
        });
    }

    /** The incidents lens: count and per km², each through disclosure; options and methods do not apply. */
    private IncidentsDocument incidents(Level level, ScoreRequest request) {
        if (request.options() != null || request.gemeenteMethod() != null) {
            throw new InvalidParameter("lens", "lens incidents has no index, so options and gemeenteMethod do not apply.");
        }
        if (request.gemeente() != null && areas.find(request.gemeente()).filter(a -> a.level() == Level.GEMEENTE).isEmpty()) {
            throw NotFound.area(request.gemeente());
        }
        int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        if (limit < 1) {
            throw new InvalidParameter("limit", "limit must be at least 1.");
        }
        Map<String, Map<String, nl.pmg.planner.disclosure.Published>> values = new java.util.HashMap<>();
        for (String id : Lens.INCIDENT_INDICATORS) {
            values.put(id, disclosure.values(id, level));
        }
        return IncidentsDocument.of(level, areas.list(level), values, request.gemeente(), limit);
    }

    private Framework resolve(String id, String version) {
        if (id.equals("default")) {
            return Scores.defaultFramework();
        }
        if (id.equals(Scores.residentialFramework().id())) {
            return Scores.residentialFramework();
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
