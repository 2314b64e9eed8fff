package nl.pmg.planner.report;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.calibration.RoundExplanations;
import nl.pmg.planner.scenario.ScenarioLookup;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionProblems;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import nl.pmg.planner.uncertainty.Sensitivity;
import nl.pmg.planner.uncertainty.SensitivityRequest;
import nl.pmg.planner.uncertainty.SensitivityResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers a scenario's methodology report: re-solves its request as run, scores it with its framework and the
 * default options, runs the seeded sensitivity analysis and takes the built-in calibration of every round.
 */
@Component
class ReportAssembler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScenarioLookup scenarios;
    private final SelectionProblems problems;
    private final Sensitivity sensitivity;
    private final RoundExplanations explanations;
    private final DataChecksum checksums;
    private final Areas areas;
    private final ScoringEngine engine = new ScoringEngine();

    ReportAssembler(ScenarioLookup scenarios, SelectionProblems problems, Sensitivity sensitivity,
            RoundExplanations explanations, DataChecksum checksums, Areas areas) {
        this.scenarios = scenarios;
        this.problems = problems;
        this.sensitivity = sensitivity;
        this.explanations = explanations;
        this.checksums = checksums;
        this.areas = areas;
    }

    MethodologyReport assemble(String scenarioId, long seed, int draws) {
        ScenarioLookup.Found s = scenarios.find(scenarioId).orElseThrow(() -> new NotFound("unknown-scenario",
                "There is no scenario '" + Text.shorten(String.valueOf(scenarioId)) + "'.",
                Map.of("id", Text.shorten(String.valueOf(scenarioId)))));
        SelectionProblem problem = problems.prepare(s.request());
        Framework framework = problem.framework();
        ScoringOptions options = ScoringOptions.defaults();
        ScoringResult scored = engine.score(framework, problem.input(), options);
        SensitivityResult robust = sensitivity.run(new SensitivityRequest(s.request(), draws, seed, null, null, null,
                null, null, null));
        List<RoundExplanations.Explanation> rounds = explanations.rounds().stream().map(explanations::of).toList();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, AreaScore> byCode = new LinkedHashMap<>();
        for (AreaScore a : scored.areas()) {
            scores.put(a.code(), Double.isNaN(a.score()) ? null : a.score());
            byCode.put(a.code(), a);
        }
        String requestJson = JSON.writeValueAsString(s.request());
        MethodologyReport.Reproduce reproduce = new MethodologyReport.Reproduce(framework.id(), framework.version(),
                problem.dataVintage(), checksums.of(problem.dataVintage()), robust.seed(), robust.draws(),
                robust.weightSpread(), robust.portfolio().gap(), sha256(requestJson), String.join(", ",
                        rounds.stream().filter(RoundExplanations.Explanation::available)
                                .map(r -> r.round() + ": " + r.seed()).toList()));
        List<String> notAvailable = IndicatorLines.ids(framework).stream()
                .filter(id -> !scored.indicatorsUsed().contains(id)).toList();
        return new MethodologyReport(s.id(), s.name(), s.description(), s.createdAt(), s.createdBy(), s.builtIn(),
                reproduce, framework, options, IndicatorLines.of(framework, scored, problem.indicatorsFromLaterYears(),
                        problem::catalogueEntry),
                (int) scores.values().stream().filter(v -> v != null).count(), problem.pool().size(), problem.add(),
                problem.objective(), named(s.request().lockedIn()), cards(problem, byCode, framework, robust), problem.activeConstraints(),
                s.request().constraints() == null ? null : JSON.writeValueAsString(s.request().constraints()),
                problem.indicatorsFromLaterYears(), notAvailable, robust, rounds, named(s.actuallyChosen()), scores,
                List.of());
    }

    private List<MethodologyReport.Card> cards(SelectionProblem problem, Map<String, AreaScore> byCode,
            Framework framework, SensitivityResult robust) {
        Map<String, String> domainOf = new LinkedHashMap<>();
        framework.domains().forEach(d -> d.indicators().forEach(i -> domainOf.put(i.indicatorId(), d.id())));
        Map<String, SensitivityResult.Area> robustness = new LinkedHashMap<>();
        robust.areas().forEach(a -> robustness.put(a.code(), a));
        boolean[] base = problem.base();
        List<MethodologyReport.Card> cards = new ArrayList<>();
        for (int i = 0; i < base.length; i++) {
            if (!base[i]) {
                continue;
            }
            String code = problem.pool().get(i);
            AreaScore a = byCode.get(code);
            Map<String, Double> domains = new LinkedHashMap<>();
            framework.domains().forEach(d -> domains.put(d.id(), 0.0));
            a.contributions().forEach((id, c) -> domains.merge(domainOf.get(id), c, Double::sum));
            SensitivityResult.Area r = robustness.get(code);
            cards.add(new MethodologyReport.Card(code, problem.name(i), a.score(), a.rank(), domains, a.p90Flags(),
                    problem.replacementCost(i), r == null ? null : r.probability(),
                    r == null ? null : r.irreplaceability(), r == null ? List.of() : r.ranges(), problem.pathway(i)));
        }
        cards.sort(java.util.Comparator.comparingDouble((MethodologyReport.Card c) -> -c.score()));
        return cards;
    }

    private List<MethodologyReport.Named> named(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream().map(c -> new MethodologyReport.Named(c, areas.find(c).map(Area::name).orElse(c))).toList();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
