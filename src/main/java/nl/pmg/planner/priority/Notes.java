package nl.pmg.planner.priority;

import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;
import nl.pmg.planner.shared.Texts;

/** The plain-language notes of a priority-areas answer, in the request's language ({@code i18n/texts_*}). */
final class Notes {

    private Notes() {
    }

    static String incidents() {
        return Texts.text("priority.incidents");
    }

    static String eligibility(Level level, int notEligible, EligibilityProperties e) {
        return Texts.text("priority.not-eligible", "n", notEligible, "level", Texts.text("level." + level.collection()),
                "residents", e.minResidents(), "households", e.minHouseholds());
    }

    static String buurt() {
        return Texts.text("priority.approximate", "metres", (int) Contiguity.DEFAULT_TOLERANCE_M);
    }

    static String tooFew(Level level) {
        return Texts.text("priority.too-few", "level", Texts.text("level." + level.collection()));
    }

    static String hotSpots(HotSpots.Found found) {
        return Texts.text("priority.hot-spots", "tooFew", found.tooFewNeighbours(), "min", HotSpots.MIN_NEIGHBOURS,
                "isolated", found.isolated());
    }
}
