package nl.pmg.planner.scenario;

import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.selection.Selection;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.selection.Selections;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in replays ({@link Replay}): the 2023 expansion from 15 to 27 and the regional round of April 2024
 * (+20), each with the default framework, untuned, on the data as it could be known before the round, plus
 * the 2024 round under the constraints a manager would set. Each is computed on first use; the same code and
 * data always give the same result, so every instance computes the same scenarios and nothing is stored.
 */
@Component
class ReplayScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Selections selections;
    private final Programme programme;
    private final Areas areas;
    private final IndicatorValues indicators;
    private final Map<String, Scenarios.Loaded> computed = new ConcurrentHashMap<>();

    ReplayScenario(Selections selections, Programme programme, Areas areas, IndicatorValues indicators) {
        this.selections = selections;
        this.programme = programme;
        this.areas = areas;
        this.indicators = indicators;
    }

    /** The list lines of the replays: full once computed here, else without codes (listing computes nothing). */
    List<ScenarioDocument.Summary> summaries() {
        return Replay.ALL.stream().map(r -> {
            Scenarios.Loaded c = computed.get(r.id());
            return c != null
                    ? new ScenarioDocument.Summary(r.id(), r.name(), null, "built-in", c.document().dataVintage(), true,
                            Scenarios.PUBLISHED, c.selected(), c.selected().size())
                    : new ScenarioDocument.Summary(r.id(), r.name(), null, "built-in", r.dataVintage(), true,
                            Scenarios.PUBLISHED, null,
                            (int) programme.tranche(r.actualTranche()).stream().map(Member::code).distinct().count());
        }).toList();
    }

    Optional<Scenarios.Loaded> get(String id) {
        return Replay.ALL.stream().filter(r -> r.id().equals(id)).findFirst().map(this::get);
    }

    private Scenarios.Loaded get(Replay replay) {
        Scenarios.Loaded c = computed.get(replay.id());
        if (c == null) {
            synchronized (this) {
                c = computed.computeIfAbsent(replay.id(), id -> compute(replay));
            }
        }
        // the selection is computed once; its description and notes are worded for each request's language
        ScenarioDocument d = c.document();
        int locked = d.request().lockedIn().size();
        ScenarioDocument worded = new ScenarioDocument(d.id(), d.name(),
                ReplayNotes.description(replay, locked, d.result().selected().size()), d.createdAt(), d.createdBy(),
                d.dataVintage(), d.builtIn(), d.status(), d.request(), d.result(), d.links(), d.comparison(),
                ReplayNotes.of(replay, d.result(), locked, this::labels));
        return new Scenarios.Loaded(worded, c.nationalRanks());
    }

    /** Indicator labels in the request's language, for notes meant for people (ids stay in the API fields). */
    private List<String> labels(List<String> ids) {
        boolean nl = "nl".equals(Texts.lang());
        return ids.stream().map(id -> indicators.find(id)
                .map(i -> nl || i.labelEn() == null ? i.labelNl() : i.labelEn()).orElse(id)).toList();
    }

    private Scenarios.Loaded compute(Replay replay) {
        LocalDate asOf = LocalDate.parse(replay.asOf());
        List<String> actual = programme.tranche(replay.actualTranche()).stream().map(Member::code).distinct().toList();
        List<String> locked = programme.membersOn(asOf).stream().map(Member::code)
                .filter(c -> !actual.contains(c)).distinct().toList();
        SelectionRequest request = JSON.readValue("{\"level\":\"gemeente\",\"add\":" + actual.size() + ",\"lockedIn\":"
                + JSON.writeValueAsString(locked) + ",\"objective\":\"SCORE\",\"asOf\":\"" + replay.asOf() + "\""
                + (replay.constraints() == null ? "" : ",\"constraints\":" + replay.constraints()) + "}",
                SelectionRequest.class);
        Selections.Run run = selections.run(request);
        Selection result = run.selection();
        List<String> model = result.selected().stream().map(Selection.Selected::code).toList();
        Set<String> modelSet = new LinkedHashSet<>(model);
        Set<String> actualSet = new LinkedHashSet<>(actual);
        List<String> both = model.stream().filter(actualSet::contains).toList();
        var comparison = new ScenarioDocument.ReplayComparison(named(actual), named(model), named(both),
                named(model.stream().filter(c -> !actualSet.contains(c)).toList()),
                named(actual.stream().filter(c -> !modelSet.contains(c)).toList()),
                actual.stream().map(c -> new ScenarioDocument.RankedArea(c, nameOf(c),
                        run.nationalRanks().getOrDefault(c, 0))).toList(), both.size(), seenEarly(replay, model));
        ScenarioDocument doc = new ScenarioDocument(replay.id(), replay.name(), null, null, "built-in",
                result.dataVintage(), true, Scenarios.PUBLISHED, request.asRun(run.framework(), result.lockedIn()), result,
                ScenarioDocument.links(replay.id()), comparison, null);
        return new Scenarios.Loaded(doc, run.nationalRanks());
    }

    /** The model's picks that were actually chosen in a round after this one (a tranche that started later). */
    private ScenarioDocument.SeenEarly seenEarly(Replay replay, List<String> model) {
        String roundStart = programme.tranche(replay.actualTranche()).stream().map(Member::startDate).min(String::compareTo)
                .orElse(replay.asOf());
        List<String> laterTranches = new ArrayList<>();
        Set<String> laterMembers = new LinkedHashSet<>();
        for (Member m : programme.memberships()) {
            if (m.startDate().compareTo(roundStart) > 0 && !m.tranche().equals(replay.actualTranche())) {
                laterMembers.add(m.code());
                if (!laterTranches.contains(m.tranche())) {
                    laterTranches.add(m.tranche());
                }
            }
        }
        List<String> seen = model.stream().filter(laterMembers::contains).toList();
        return new ScenarioDocument.SeenEarly(laterTranches, named(seen), seen.size(), model.size());
    }

    private List<ScenarioDocument.Named> named(List<String> codes) {
        return ScenarioComparison.named(codes, this::nameOf);
    }

    private String nameOf(String code) {
        return areas.find(code).map(Area::name).orElse(code);
    }
}
