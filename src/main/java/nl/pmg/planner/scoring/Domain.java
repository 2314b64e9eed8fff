package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group of indicators that measure one aspect of risk, scored together before domains are combined.
 *
 * @param weight   relative weight among domains, finite and {@code >= 0}; need not sum to 1
 * @param required whether an area without any value in this domain is left unranked rather than scored on its
 *                 other domains ({@code null} = no); a domain that no area of the level has is dropped either way
 */
public record Domain(String id, String labelNl, String labelEn, double weight,
                     List<FrameworkIndicator> indicators, String rationale, Boolean required) {

    public Domain {
        // Not List.copyOf: a null element must reach Framework.validate() and get a readable message.
        indicators = indicators == null ? null : Collections.unmodifiableList(new ArrayList<>(indicators));
    }

    /** A domain that is not required. */
    public Domain(String id, String labelNl, String labelEn, double weight, List<FrameworkIndicator> indicators,
                  String rationale) {
        this(id, labelNl, labelEn, weight, indicators, rationale, null);
    }

    /** {@code required} as a plain boolean (not named like a bean getter, so JSON keeps just {@code required}). */
    public boolean mandatory() {
        return Boolean.TRUE.equals(required);
    }
}
