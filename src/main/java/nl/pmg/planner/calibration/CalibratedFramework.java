package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;

/**
 * The framework that the calibrated weights describe, labelled with what it was calibrated on. Its weights
 * are the estimated shares rounded to four decimals. With {@code DOMAIN} the base framework's indicator
 * weights stay; with {@code INDICATOR} a domain weighs the sum of its indicators' shares and an indicator
 * its own share (which reproduces each share as the indicator's effective weight), indicators the round's
 * data lack weigh 0, and a domain whose indicators all weigh 0 keeps the base weights within it at domain
 * weight 0.
 */
final class CalibratedFramework {

    private CalibratedFramework() {
    }

    static Framework of(Framework base, Granularity granularity, List<String> features, double[] shares,
            double[][] intervals, String id, String version, String roundsNl, String roundsEn) {
        List<Domain> domains = new ArrayList<>();
        for (Domain d : base.domains()) {
            if (granularity == Granularity.DOMAIN) {
                int f = features.indexOf(d.id());
                double w = f < 0 ? 0 : round(shares[f]);
                domains.add(new Domain(d.id(), d.labelNl(), d.labelEn(), w, d.indicators(),
                        note(roundsEn, f < 0 ? Double.NaN : shares[f], f < 0 ? null : intervals[f])));
                continue;
            }
            List<FrameworkIndicator> indicators = new ArrayList<>();
            double total = 0;
            for (FrameworkIndicator i : d.indicators()) {
                int f = features.indexOf(i.indicatorId());
                double w = f < 0 ? 0 : round(shares[f]);
                total += w;
                indicators.add(new FrameworkIndicator(i.indicatorId(), w, i.direction(),
                        note(roundsEn, f < 0 ? Double.NaN : shares[f], f < 0 ? null : intervals[f])));
            }
            domains.add(new Domain(d.id(), d.labelNl(), d.labelEn(), total, total > 0 ? indicators : d.indicators(),
                    "Weight = sum of its indicators' calibrated shares (" + roundsEn + ")."));
        }
        String level = granularity == Granularity.DOMAIN ? "domeinen" : "indicatoren";
        String levelEn = granularity == Granularity.DOMAIN ? "domains" : "indicators";
        return new Framework(id, version, "Gekalibreerd op " + roundsNl + " (" + level + ")",
                "Calibrated on " + roundsEn + " (" + levelEn + ")", domains).validate();
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static String note(String roundsEn, double share, double[] interval) {
        if (Double.isNaN(share)) {
            return "Not in the data of " + roundsEn + ": weight 0, not calibrated.";
        }
        return String.format(Locale.ROOT, "Calibrated on %s: share %.3f (95 %% bootstrap interval %.3f–%.3f). "
                + "A revealed-preference estimate of what explains that choice, not a policy argument.",
                roundsEn, share, interval[0], interval[1]);
    }
}
