package nl.pmg.planner.scenario;

import nl.pmg.planner.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.pmg.planner.selection.Selection;

/** The notes a replay carries: which data it ran on, what came from later years, what it can and cannot show. */
final class ReplayNotes {

    private ReplayNotes() {
    }

    /** The notes in the request's language; {@code labels} words indicator ids for people. */
    static List<String> of(Replay replay, Selection result, int locked, Function<List<String>, List<String>> labels) {
        List<String> notes = new ArrayList<>();
        notes.add(Texts.text("replay.asof", "asOf", replay.asOf(), "vintage", result.dataVintage(), "locked", locked));
        notes.add(result.indicatorsFromLaterYears().isEmpty()
                ? Texts.text("replay.no-later", "asOf", replay.asOf())
                : Texts.text("replay.later", "asOf", replay.asOf(), "indicators",
                        String.join(", ", labels.apply(result.indicatorsFromLaterYears()))));
        if (!result.indicatorsNotAvailable().isEmpty()) {
            notes.add(Texts.text("replay.unavailable", "indicators",
                    String.join(", ", labels.apply(result.indicatorsNotAvailable()))));
        }
        replay.settings().forEach(key -> notes.add(Texts.text("replay.constraint", "setting", Texts.text(key))));
        notes.add(Texts.text(replay.actualTranche().equals("regional-2024") ? "replay.actual-2024" : "replay.actual"));
        return notes;
    }

    /** One line on what the replay is, in the request's language. */
    static String description(Replay replay, int locked, int added) {
        String constraints = replay.settings().isEmpty() ? Texts.text("replay.constraints.none")
                : Texts.text("replay.constraints.some", "settings",
                        String.join("; ", replay.settings().stream().map(Texts::text).toList()));
        return Texts.text("replay.description", "year", replay.asOf().substring(0, 4), "locked", locked,
                "added", added, "asOf", replay.asOf(), "constraints", constraints);
    }
}
