package nl.pmg.planner.monitor;

import nl.pmg.planner.area.Area;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Kind;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.indicator.Status;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One year of a series as the caller may see it: the rate and its numerator and denominator passed
 * through {@link Disclosure} (status {@code suppressed} when withheld, otherwise the series' own status).
 */
record ShownPoint(int year, @JsonSerialize(using = Published.NumberOnly.class) Published value,
        @JsonSerialize(using = Published.NumberOnly.class) Published numerator,
        @JsonSerialize(using = Published.NumberOnly.class) Published denominator, String status, String mapping) {

    static ShownPoint of(Point p, Area area, Disclosure disclosure) {
        Published value = disclosure.figure(area, Kind.RATE, p.value(), p.denominator());
        Published numerator = disclosure.figure(area, Kind.OTHER, p.numerator(), null);
        Published denominator = disclosure.figure(area, Kind.PERSONS, p.denominator(), null);
        boolean withheld = value.status() == Status.SUPPRESSED || numerator.status() == Status.SUPPRESSED
                || denominator.status() == Status.SUPPRESSED;
        return withheld ? new ShownPoint(p.year(), disclosure.figure(area, Kind.RATE, null, null),
                disclosure.figure(area, Kind.OTHER, null, null), disclosure.figure(area, Kind.OTHER, null, null),
                "suppressed", p.mapping()) : new ShownPoint(p.year(), value, numerator, denominator, p.status(), p.mapping());
    }
}
