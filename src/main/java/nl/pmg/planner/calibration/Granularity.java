package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;

/**
 * What the calibration estimates. {@code DOMAIN}: one weight per domain, the indicators keeping their
 * weights within it (5 weights from 8 or 20 choices: the default, because few choices cannot pin down
 * more). {@code INDICATOR}: one weight per indicator (about 20), regularised harder by the cross-validation.
 */
enum Granularity {
    DOMAIN, INDICATOR;

    /**
     * The framework whose domain scores are the features: the base itself for {@code DOMAIN}; for
     * {@code INDICATOR} one domain per indicator, so that each domain score is that indicator's normalised,
     * oriented value.
     */
    Framework featureFramework(Framework base) {
        if (this == DOMAIN) {
            return base;
        }
        List<Domain> domains = new ArrayList<>();
        for (Domain d : base.domains()) {
            for (FrameworkIndicator i : d.indicators()) {
                domains.add(new Domain(i.indicatorId(), i.indicatorId(), i.indicatorId(), 1,
                        List.of(new FrameworkIndicator(i.indicatorId(), 1, i.direction(), i.rationale())), null));
            }
        }
        return new Framework(base.id() + "-per-indicator", base.version(), base.nameNl(), base.nameEn(), domains);
    }
}
