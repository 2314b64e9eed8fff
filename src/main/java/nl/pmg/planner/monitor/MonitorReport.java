package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Map;
import nl.pmg.planner.disclosure.Published;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything the monitor says about one area and indicator. {@code comparison} and {@code change}
 * are null for wijken, buurten and gemeenten without a start year (non-programme, unless asked).
 */
record MonitorReport(String code, String name, String level, MonitorIndicator indicator, String tranche,
        Integer startYear, List<ShownPoint> series, ComparisonGroup comparison, Change change, List<String> caveats) {

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
