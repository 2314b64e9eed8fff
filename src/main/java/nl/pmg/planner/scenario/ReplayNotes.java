package nl.pmg.planner.scenario;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.selection.Selection;

/** The notes a replay carries: which data it ran on, what came from later years, what it can and cannot show. */
final class ReplayNotes {

    private ReplayNotes() {
    }

    static List<String> of(Replay replay, Selection result, int locked) {
        List<String> notes = new ArrayList<>();
        notes.add("Scored on the data as it could be known on " + replay.asOf() + " (data set " + result.dataVintage()
                + ", gemeente level); there were no buurt figures then. The " + locked + " municipalities locked in "
                + "are exactly the programme as it stood on that date.");
        notes.add(result.indicatorsFromLaterYears().isEmpty()
                ? "No indicator of the default framework had to come from a later year than " + replay.asOf() + "."
                : "Not known on " + replay.asOf() + ", taken from a later year: "
                        + String.join(", ", result.indicatorsFromLaterYears()) + ".");
        if (!result.indicatorsNotAvailable().isEmpty()) {
            notes.add("Not available in that data set, weight spread within the domain: "
                    + String.join(", ", result.indicatorsNotAvailable()) + ".");
        }
        replay.settings().forEach(s -> notes.add("Constraint: " + s + "."));
        notes.add(replay.actualTranche().equals("regional-2024")
                ? "The actual 2024 choice rested on \"urgent and relatively serious\" youth-crime problems, including "
                        + "smaller municipalities, on criteria we cannot fully reconstruct. Agreement or difference shows "
                        + "how close the default index comes to that choice, not whether either was right; the default "
                        + "framework is not tuned to it."
                : "The actual 2023 choice used data and criteria we cannot fully reconstruct: the eight "
                        + "municipalities were \"selected on crime figures and socio-economic data\" (Kamerstuk 29911 nr. "
                        + "417). Agreement or difference shows how close the default index comes to that choice, not "
                        + "whether either was right.");
        return notes;
    }
}
