package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;

/**
 * The calibrated shares beside the default's, feature by feature. The default share of a domain is its
 * weight over the sum of domain weights; of an indicator, its effective weight (domain share × its share
 * within the domain, over the indicators the round's data have), so both columns add up to 1.
 */
final class Weights {

    private Weights() {
    }

    static List<CalibrationDocument.Weight> of(Framework base, Granularity g, List<String> features,
            Calibrator.Estimate e) {
        double domainTotal = base.domains().stream().filter(d -> present(d, g, features)).mapToDouble(Domain::weight).sum();
        List<CalibrationDocument.Weight> out = new ArrayList<>();
        for (Domain d : base.domains()) {
            if (g == Granularity.DOMAIN) {
                int f = features.indexOf(d.id());
                if (f >= 0) {
                    out.add(weight(d.id(), d.labelNl(), d.labelEn(), d.id(), d.weight() / domainTotal, e, f));
                }
                continue;
            }
            double present = d.indicators().stream().filter(i -> features.contains(i.indicatorId()))
                    .mapToDouble(FrameworkIndicator::weight).sum();
            for (FrameworkIndicator i : d.indicators()) {
                int f = features.indexOf(i.indicatorId());
                if (f >= 0) {
                    double share = d.weight() / domainTotal * (present > 0 ? i.weight() / present : 0);
                    out.add(weight(i.indicatorId(), null, null, d.id(), share, e, f));
                }
            }
        }
        return out;
    }

    private static boolean present(Domain d, Granularity g, List<String> features) {
        return g == Granularity.DOMAIN ? features.contains(d.id())
                : d.indicators().stream().anyMatch(i -> features.contains(i.indicatorId()));
    }

    private static CalibrationDocument.Weight weight(String id, String nl, String en, String domain, double standard,
            Calibrator.Estimate e, int f) {
        return new CalibrationDocument.Weight(id, nl, en, domain, standard, e.shares()[f],
                finite(e.shareIntervals()[f][0]), finite(e.shareIntervals()[f][1]));
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
