package nl.pmg.planner.selection;

import java.util.List;
import java.util.Set;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.Framework;

/**
 * The data a selection is computed on: {@code latest} (the shipped data plus imports) or an "as of" data
 * set such as {@code asof-2023}, which has gemeente indicators only.
 *
 * @param id             {@code latest} or the data set's name
 * @param values         the indicator values to score and describe candidates with
 * @param laterThanAsOf  indicators of the data set whose figures come from a later year than its date
 */
record DataVintage(String id, IndicatorValues values, Set<String> laterThanAsOf) {

    static final String LATEST = "latest";

    boolean latest() {
        return LATEST.equals(id);
    }

    /** The framework's indicators whose figures come from a later year, in framework order. */
    List<String> fromLaterYears(Framework framework) {
        return Selections.indicatorIds(framework).stream().filter(laterThanAsOf::contains).toList();
    }

    /** The framework's indicators this data set does not have (their weight spreads within the domain). */
    List<String> unavailable(Framework framework) {
        return Selections.indicatorIds(framework).stream().filter(id -> values.find(id).isEmpty()).toList();
    }
}
