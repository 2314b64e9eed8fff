package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;

/** A framework's domain weights moved about, the indicators within each domain left as they are. */
final class DomainWeights {

    private DomainWeights() {
    }

    /** Domain {@code d} at share {@code t} of the domain weights, the other domains keeping their proportions. */
    static Framework withShare(Framework base, int d, double t) {
        double others = 0;
        for (int j = 0; j < base.domains().size(); j++) {
            others += j == d ? 0 : base.domains().get(j).weight();
        }
        double[] w = new double[base.domains().size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = j == d ? t : (1 - t) * base.domains().get(j).weight() / others;
        }
        return with(base, w);
    }

    static Framework with(Framework base, double[] weights) {
        List<Domain> domains = new ArrayList<>();
        for (int j = 0; j < weights.length; j++) {
            Domain dom = base.domains().get(j);
            domains.add(new Domain(dom.id(), dom.labelNl(), dom.labelEn(), weights[j], dom.indicators(), dom.rationale()));
        }
        return new Framework(base.id(), base.version() + "+sensitivity", base.nameNl(), base.nameEn(), domains);
    }

    /** Each domain's share of the domain weights. */
    static double[] shares(Framework f) {
        double total = f.domains().stream().mapToDouble(Domain::weight).sum();
        return f.domains().stream().mapToDouble(d -> d.weight() / total).toArray();
    }
}
