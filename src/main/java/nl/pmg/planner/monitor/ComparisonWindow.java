package nl.pmg.planner.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.pmg.planner.programme.Member;

/**
 * The years a comparison covers: from the baseline year (the year before the start) to the last year of the
 * series. A municipality that is in the programme at any time in it — also one that joins half-way, such as
 * the 2024 round in a comparison from 2021 — is never a comparison and never a placebo: its later years
 * would carry the programme's own effect.
 */
record ComparisonWindow(int fromYear, int toYear) {

    static ComparisonWindow forStart(int startYear) {
        return new ComparisonWindow(startYear - 1, MonitorSeries.LAST_YEAR);
    }

    LocalDate from() {
        return LocalDate.of(fromYear, 1, 1);
    }

    LocalDate to() {
        return LocalDate.of(toYear, 12, 31);
    }

    /** The codes of every municipality with a membership overlapping the window. */
    Set<String> inProgramme(List<Member> memberships) {
        Set<String> codes = new TreeSet<>();
        memberships.stream().filter(m -> m.activeDuring(from(), to())).forEach(m -> codes.add(m.code()));
        return codes;
    }

    String label() {
        return fromYear + "–" + toYear;
    }
}
