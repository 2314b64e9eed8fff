package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Map;
import nl.pmg.planner.disclosure.Published;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything the monitor says about one area and indicator. {@code window}, {@code comparison} and
 * {@code change} are null for wijken, buurten and gemeenten without a start year (non-programme, unless asked).
 */
record MonitorReport(String code, String name, String level, MonitorIndicator indicator, String tranche,
        Integer startYear, Window window, List<ShownPoint> series, ComparisonGroup comparison, Change change,
        List<String> caveats) {

    /**
     * The years the comparison covers (baseline year to last year), and how many municipalities were in the
     * programme at any time in them and therefore left out of the comparison groups and the placebo pool.
     */
    record Window(int fromYear, int toYear, int excludedProgrammeMunicipalities) {
    }

    /** The comparison municipalities by name with their matching variables, so a user can judge the match. */
    record ComparisonGroup(int k, List<String> variables, int baselineYear,
            @JsonSerialize(contentUsing = Published.NumberOnly.class) Map<String, Published> target,
            List<Member> members) {
    }

    record Member(String code, String name, double distance,
            @JsonSerialize(contentUsing = Published.NumberOnly.class) Map<String, Published> variables) {
    }

    record Change(int startYear, double intervalShare, int placeboCount, List<ChangeFigures.Year> years) {
    }
}
