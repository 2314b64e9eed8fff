package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.Scores;
import org.springframework.stereotype.Component;

/**
 * The built-in scenario {@code uitbreiding-2023}: the 2023 expansion from 15 to 27 municipalities replayed
 * with the model. The 15 start municipalities and the 4 NPLV additions are locked in, as they were not chosen
 * on data; the default method adds 8 on the data as known on 2023-03-01, and the result is set beside the 8
 * actually added. Computed on first use; the same code and data always give the same result, so every
 * instance computes the same scenario and nothing needs storing.
 */
@Component
class ReplayScenario {

    static final String ID = "uitbreiding-2023";
    static final String NAME = "Uitbreiding 2023: 15 → 27";
    static final String AS_OF = "2023-03-01";
    static final String LOCKED_TRANCHES = "start, expansion-nplv";

    private final Selections selections;
    private final Programme programme;
    private final Areas areas;
    private volatile Scenarios.Loaded computed;

    ReplayScenario(Selections selections, Programme programme, Areas areas) {
        this.selections = selections;
        this.programme = programme;
        this.areas = areas;
    }

    Scenarios.Loaded get() {
        Scenarios.Loaded c = computed;
        if (c == null) {
            synchronized (this) {
                if (computed == null) {
                    computed = compute();
                }
                c = computed;
            }
        }
        return c;
    }

    private Scenarios.Loaded compute() {
        List<String> locked = codes("start");
        locked.addAll(codes("expansion-nplv"));
        List<String> actual = codes("expansion-data");
        SelectionRequest request = new SelectionRequest("gemeente", locked, actual.size(), Objective.SCORE, null,
                Scores.defaultFramework(), null, null, null, null, null, AS_OF);
        Selections.Run run = selections.run(request);
        Selection result = run.selection();
        List<String> model = result.selected().stream().map(Selection.Selected::code).toList();
        Set<String> modelSet = new LinkedHashSet<>(model);
        Set<String> actualSet = new LinkedHashSet<>(actual);
        var comparison = new ScenarioDocument.ReplayComparison(named(actual), named(model),
                named(model.stream().filter(actualSet::contains).toList()),
                named(model.stream().filter(c -> !actualSet.contains(c)).toList()),
                named(actual.stream().filter(c -> !modelSet.contains(c)).toList()),
                actual.stream().map(c -> new ScenarioDocument.RankedArea(c, nameOf(c),
                        run.nationalRanks().getOrDefault(c, 0))).toList());
        ScenarioDocument doc = new ScenarioDocument(ID, NAME, "The 2023 expansion replayed: the " + locked.size()
                + " municipalities of tranches " + LOCKED_TRANCHES + " locked in, " + actual.size()
                + " added by the default method on the data as known on " + AS_OF + ", no other constraints.",
                null, "built-in", result.dataVintage(), true, Scenarios.PUBLISHED, request.asRun(run.framework(), result.lockedIn()),
                result, ScenarioDocument.links(ID), comparison, notes(result));
        return new Scenarios.Loaded(doc, run.nationalRanks());
    }

    private static List<String> notes(Selection result) {
        List<String> notes = new ArrayList<>();
        notes.add("Scored on the data as it could be known on " + AS_OF + " (data set " + result.dataVintage()
                + ": gemeente figures of 2021–2022 on the 2023 division); there were no buurt figures then.");
        if (!result.indicatorsFromLaterYears().isEmpty()) {
            notes.add("Not known on " + AS_OF + ", taken from a later year: "
                    + String.join(", ", result.indicatorsFromLaterYears()) + ".");
        }
        if (!result.indicatorsNotAvailable().isEmpty()) {
            notes.add("Not available in that data set, weight spread within the domain: "
                    + String.join(", ", result.indicatorsNotAvailable()) + ".");
        }
        notes.add("The actual 2023 choice used data and criteria we cannot fully reconstruct: the eight "
                + "municipalities were \"selected on crime figures and socio-economic data\" (Kamerstuk 29911 nr. 417). "
                + "Agreement or difference shows how close the default index comes to that choice, not whether "
                + "either was right.");
        return notes;
    }

    private List<String> codes(String tranche) {
        List<String> codes = new ArrayList<>();
        for (Member m : programme.members()) {
            if (tranche.equals(m.tranche())) {
                codes.add(m.code());
            }
        }
        return codes;
    }

    private List<ScenarioDocument.Named> named(List<String> codes) {
        return ScenarioComparison.named(codes, this::nameOf);
    }

    private String nameOf(String code) {
        return areas.find(code).map(Area::name).orElse(code);
    }
}
