package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group of indicators that measure one aspect of risk, scored together before domains are combined.
 *
 * @param weight relative weight among domains, finite and {@code >= 0}; need not sum to 1
 */
public record Domain(String id, String labelNl, String labelEn, double weight,
                     List<FrameworkIndicator> indicators, String rationale) {

    public Domain {
        // Not List.copyOf: a null element must reach Framework.validate() and get a readable message.
        indicators = indicators == null ? null : Collections.unmodifiableList(new ArrayList<>(indicators));
    }
}
