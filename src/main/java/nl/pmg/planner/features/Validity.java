package nl.pmg.planner.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;

/**
 * The temporal side of the collections: every area of the 2024 division is valid from 1 January
 * 2024 (inclusive) to 1 January 2025 (exclusive), the year CBS's Wijk- en Buurtkaart 2024 describes.
 * A {@code datetime} instant or interval matches a feature when it meets that validity interval
 * (OGC API – Features Part 1, 7.15.4); as all features share it, a request matches all or none.
 */
public final class Validity {

    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    public static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

    private Validity() {
    }

    /**
     * Parses {@code datetime} (RFC 3339 date-time or full-date, or an interval {@code a/b} with
     * {@code ..} or an empty side for an open end) and says whether it meets the validity interval.
     */
    public static boolean matches(String datetime) {
        String t = datetime.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            Instant[] instant = range(t);
            return meets(instant[0], instant[1]);
        }
        String from = t.substring(0, slash).trim();
        String to = t.substring(slash + 1).trim();
        if (t.indexOf('/', slash + 1) >= 0 || (open(from) && open(to))) {
            throw invalid(datetime, "an interval needs at least one closed end");
        }
        Instant lower = open(from) ? Instant.MIN : range(from)[0];
        Instant upper = open(to) ? Instant.MAX : range(to)[1];
        if (lower.isAfter(upper)) {
            throw invalid(datetime, "the interval starts after it ends");
        }
        return meets(lower, upper);
    }

    /** Does the closed interval [lower, upper] meet the half-open validity interval [START, END)? */
    private static boolean meets(Instant lower, Instant upper) {
        return lower.isBefore(END) && !upper.isBefore(START);
    }

    private static boolean open(String side) {
        return side.isEmpty() || side.equals("..");
    }

    /** First and last instant of a date-time (a point) or a full date (its whole day, in UTC). */
    private static Instant[] range(String text) {
        try {
            if (text.length() == 10) {
                LocalDate d = LocalDate.parse(text);
                return new Instant[] {d.atStartOfDay().toInstant(ZoneOffset.UTC),
                    d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)};
            }
            Instant i = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
            return new Instant[] {i, i};
        } catch (DateTimeParseException e) {
            throw invalid(text, "use an RFC 3339 date-time such as 2024-06-01T00:00:00Z, a date, or an interval a/b");
        }
    }

    private static InvalidParameter invalid(String text, String why) {
        return new InvalidParameter("datetime", "datetime '" + Text.shorten(text) + "' is not valid: " + why + ".");
    }
}
