package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.area.Level;

/** The caveat lines every monitor figure carries; they are part of the answer, not decoration. */
final class Caveats {

    static final String NOT_CAUSAL = "Not a causal estimate: the comparison shows whether the municipality moved"
            + " differently from similar municipalities, not why.";
    static final String REGISTRATION = "Registered crime depends on reporting and police capacity and priorities;"
            + " a change can be a registration effect.";
    static final String SHORT = "Short series: data up to 2025 give at most three years after a start in 2022,"
            + " two after 2023 and one after 2024.";

    private Caveats() {
    }

    static List<String> forReport(Level level, List<Point> points, MonitorReport.Change change,
            MonitorReport.Window window) {
        List<String> c = new ArrayList<>(List.of(NOT_CAUSAL, REGISTRATION, SHORT));
        c.add("Boundaries: all years on the 2024 division; merged municipalities re-aggregated from counts.");
        if (level != Level.GEMEENTE) {
            c.add("Below gemeente level every year uses the population of 1 Jan 2024 as denominator.");
        }
        long broken = points.stream().filter(p -> "broken".equals(p.status())).count();
        if (broken > 0) {
            c.add(broken + " year(s) cannot be mapped to the 2024 division and are shown as gaps, not bridged.");
        }
        if (points.stream().anyMatch(p -> p.year() == 2025 && p.value() != null && level == Level.GEMEENTE)) {
            c.add("2025 rates use the population of 1 Jan 2024 (no 2025 population in the sources).");
        }
        if (window != null) {
            c.add("Comparison window " + window.fromYear() + "–" + window.toYear() + ": the "
                    + window.excludedProgrammeMunicipalities() + " municipalities in the programme at any time in it"
                    + " are never comparisons and never placebos.");
        }
        if (change != null) {
            c.add("Comparison group matched on 2024 values for population, urbanity and the risk index;"
                    + " baseline crime is from the year before the start.");
            c.add("Interval: central " + Math.round(change.intervalShare() * 100) + "% of " + change.placeboCount()
                    + " placebo differences (non-programme municipalities treated as starters).");
        }
        return c;
    }
}
