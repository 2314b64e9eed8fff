package nl.pmg.planner.selection;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The two reasons the policy letters give for choosing an area (Kamerstuk 28741 nr. 106: "acute en ernstige
 * problematiek of daar waar vroegtijdig ingrijpen erger kan voorkomen"): {@code SEVERITY}, the highest current
 * need as the risk index measures it, and {@code PREVENTION}, where early signals say problems are growing
 * (the prevention framework, see {@link PreventionScores} and METHOD.md). A selection without reserved places
 * is a severity selection throughout.
 */
enum Pathway {
    SEVERITY, PREVENTION;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
