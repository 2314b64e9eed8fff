package nl.pmg.planner.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a value comes from. A value that is not there is SUPPRESSED (CBS withheld it, usually
 * for small numbers) or MISSING (the source has nothing for that area, "not available") — never zero.
 * UNRELIABLE is a rate we computed over fewer residents (or households) than the eligibility threshold:
 * its value is served, but maps leave it out of the class breaks and draw it greyed.
 */
public enum Status {
    OBSERVED, DERIVED, IMPUTED, UNRELIABLE, SUPPRESSED, MISSING;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasValue() {
        return this == OBSERVED || this == DERIVED || this == IMPUTED || this == UNRELIABLE;
    }

    /** The status of a figure computed from inputs of these two statuses. */
    static Status combine(Status a, Status b) {
        if (a == SUPPRESSED || b == SUPPRESSED) {
            return SUPPRESSED;
        }
        if (a == MISSING || b == MISSING) {
            return MISSING;
        }
        if (a == UNRELIABLE || b == UNRELIABLE) {
            return UNRELIABLE;
        }
        if (a == IMPUTED || b == IMPUTED) {
            return IMPUTED;
        }
        return a == DERIVED || b == DERIVED ? DERIVED : OBSERVED;
    }
}
