package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Texts;

/** The caveat lines every monitor figure carries; they are part of the answer, not decoration. */
final class Caveats {

    // in the request's language (i18n/texts_{nl,en}.properties, keys caveat.*)
    static String notCausal() {
        return Texts.text("caveat.not-causal");
    }

    static String registration() {
        return Texts.text("caveat.registration");
    }

    static String shortSeries() {
        return Texts.text("caveat.short");
    }

    private Caveats() {
    }

    static List<String> forReport(Level level, List<Point> points, MonitorReport.Change change,
            MonitorReport.Window window) {
        List<String> c = new ArrayList<>(List.of(notCausal(), registration(), shortSeries()));
        c.add(Texts.text("caveat.boundaries"));
        if (level != Level.GEMEENTE) {
            c.add(Texts.text("caveat.below-gemeente"));
        }
        long broken = points.stream().filter(p -> "broken".equals(p.status())).count();
        if (broken > 0) {
            c.add(Texts.text("caveat.broken", "n", broken));
        }
        if (points.stream().anyMatch(p -> p.year() == 2025 && p.value() != null && level == Level.GEMEENTE)) {
            c.add(Texts.text("caveat.rates-2025"));
        }
        if (window != null) {
            c.add(Texts.text("caveat.window", "from", window.fromYear(), "to", window.toYear(),
                    "n", window.excludedProgrammeMunicipalities()));
        }
        if (change != null) {
            c.add(Texts.text("caveat.matching"));
            c.add(Texts.text("caveat.interval", "pct", Math.round(change.intervalShare() * 100), "n", change.placeboCount()));
        }
        return c;
    }
}
