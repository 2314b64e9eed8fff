package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Map;

/**
 * Everything the monitor says about one area and indicator. {@code window}, {@code comparison} and
 * {@code change} are null for wijken, buurten and gemeenten without a start year (non-programme, unless asked).
 */
record MonitorReport(String code, String name, String level, MonitorIndicator indicator, String tranche,
        Integer startYear, Window window, List<Point> series, ComparisonGroup comparison, Change change,
        List<String> caveats) {

    /**
     * The years the comparison covers (baseline year to last year), and how many municipalities were in the
     * programme at any time in them and therefore left out of the comparison groups and the placebo pool.
     */
    record Window(int fromYear, int toYear, int excludedProgrammeMunicipalities) {
    }

    /** The comparison municipalities by name with their matching variables, so a user can judge the match. */
    record ComparisonGroup(int k, List<String> variables, int baselineYear, Map<String, Double> target,
            List<Member> members) {
    }

    record Member(String code, String name, double distance, Map<String, Double> variables) {
    }

    record Change(int startYear, double intervalShare, int placeboCount, List<ChangeFigures.Year> years) {
    }
}
