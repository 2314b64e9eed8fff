package nl.pmg.planner.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a value comes from. A value that is not there is SUPPRESSED (CBS withheld it, usually
 * for small numbers) or MISSING (the source has nothing for that area) — never zero.
 */
public enum Status {
    OBSERVED, DERIVED, IMPUTED, SUPPRESSED, MISSING;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasValue() {
        return this == OBSERVED || this == DERIVED || this == IMPUTED;
    }

    /** The status of a figure computed from inputs of these two statuses. */
    static Status combine(Status a, Status b) {
        if (a == SUPPRESSED || b == SUPPRESSED) {
            return SUPPRESSED;
        }
        if (a == MISSING || b == MISSING) {
            return MISSING;
        }
        if (a == IMPUTED || b == IMPUTED) {
            return IMPUTED;
        }
        return a == DERIVED || b == DERIVED ? DERIVED : OBSERVED;
    }
}
