package nl.pmg.planner.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.CurrentUser;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a membership change: checks the request (400 naming the field), refuses an overlap with another
 * membership of the gemeente (409), stores it and publishes {@link MembershipRecorded} in the same transaction.
 */
@Component
class Memberships {

    static final Set<String> PRECISIONS = Set.of("day", "year");
    static final Set<String> FUNDING_TYPES = Set.of("structural", "incidental-grant");
    static final int MAX_TEXT = 1000;

    private final Programme programme;
    private final Areas areas;
    private final ApplicationEventPublisher events;

    Memberships(Programme programme, Areas areas, ApplicationEventPublisher events) {
        this.programme = programme;
        this.areas = areas;
        this.events = events;
    }

    @Transactional
    Member record(MembershipRequest r) {
        if (r == null) {
            throw new InvalidParameter("gemeente", "The body must name the gemeente, tranche, startDate and source.");
        }
        Area g = areas.find(r.gemeente() == null ? "" : r.gemeente()).filter(a -> a.level() == Level.GEMEENTE)
                .orElseThrow(() -> new InvalidParameter("gemeente", "gemeente must be a gemeente code of the 2024 "
                        + "division, was '" + Text.shorten(String.valueOf(r.gemeente())) + "'."));
        LocalDate start = date("startDate", r.startDate(), true);
        LocalDate end = date("endDate", r.endDate(), false);
        if (end != null && !end.isAfter(start)) {
            throw new InvalidParameter("endDate", "endDate must be after startDate.");
        }
        Member existing = programme.history(g.code()).stream().filter(m -> m.startDate().equals(start.toString()))
                .findFirst().orElse(null);
        Member m = existing != null ? changed(existing, r, end) : created(g, r, start, end);
        for (Member other : programme.history(g.code())) {
            if (!other.startDate().equals(m.startDate()) && overlaps(other, start, end)) {
                throw new MembershipOverlaps(g.code(), g.name(), other.startDate());
            }
        }
        String actor = CurrentUser.name();
        programme.record(m, actor == null ? "anonymous" : actor);
        events.publishEvent(new MembershipRecorded(actor, m));
        return m;
    }

    /** An existing membership with its end (and source) changed; tranche and start stay as they were. */
    private static Member changed(Member existing, MembershipRequest r, LocalDate end) {
        return existing.withEnd(end == null ? null : end.toString(), text("source", r.source(), true), "recorded");
    }

    private static Member created(Area g, MembershipRequest r, LocalDate start, LocalDate end) {
        String tranche = text("tranche", r.tranche(), true);
        if (!tranche.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidParameter("tranche", "tranche must be a short lower-case name such as regional-2024.");
        }
        String precision = r.startPrecision() == null ? "day" : r.startPrecision();
        if (!PRECISIONS.contains(precision)) {
            throw new InvalidParameter("startPrecision", "startPrecision must be one of " + PRECISIONS + ".");
        }
        String funding = text("fundingType", r.fundingType(), true);
        if (!FUNDING_TYPES.contains(funding)) {
            throw new InvalidParameter("fundingType", "fundingType must be one of " + FUNDING_TYPES + ".");
        }
        return new Member(g.code(), g.name(), tranche, start.getYear(), start.toString(), precision,
                end == null ? null : end.toString(), text("basis", r.basis(), false), funding,
                text("funding", r.funding(), false), text("source", r.source(), true), "recorded");
    }

    static boolean overlaps(Member other, LocalDate start, LocalDate end) {
        LocalDate otherStart = LocalDate.parse(other.startDate());
        LocalDate otherEnd = other.endDate() == null ? null : LocalDate.parse(other.endDate());
        return (otherEnd == null || otherEnd.isAfter(start)) && (end == null || end.isAfter(otherStart));
    }

    private static LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidParameter(field, field + " is required (an ISO date such as 2026-06-01).");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(field, field + " must be an ISO date such as 2026-06-01, was '"
                    + Text.shorten(value) + "'.");
        }
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidParameter(field, field + " is required.");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameter(field, field + " may have at most " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }
}
