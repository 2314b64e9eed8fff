package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;

/**
 * Draws weights from a Dirichlet distribution centred on the chosen weights: for weights w (normalised to
 * sum 1) and concentration c, the draw is Dirichlet(c·w), whose mean is w and whose spread shrinks as c
 * grows (variance w(1−w)/(c+1)). Zero weights stay zero. Domains and, within each domain, indicators are
 * drawn independently.
 */
final class Dirichlet {

    private Dirichlet() {
    }

    static Framework around(Framework base, double concentration, SplittableRandom rng) {
        double[] domainWeights = draw(base.domains().stream().mapToDouble(Domain::weight).toArray(), concentration, rng);
        List<Domain> domains = new ArrayList<>();
        for (int d = 0; d < base.domains().size(); d++) {
            Domain dom = base.domains().get(d);
            double[] w = draw(dom.indicators().stream().mapToDouble(FrameworkIndicator::weight).toArray(),
                    concentration, rng);
            List<FrameworkIndicator> inds = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                FrameworkIndicator fi = dom.indicators().get(i);
                inds.add(new FrameworkIndicator(fi.indicatorId(), w[i], fi.direction(), fi.rationale()));
            }
            domains.add(new Domain(dom.id(), dom.labelNl(), dom.labelEn(), domainWeights[d], inds, dom.rationale()));
        }
        return new Framework(base.id(), base.version() + "+draw", base.nameNl(), base.nameEn(), domains);
    }

    static double[] draw(double[] weights, double concentration, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = weights[i] > 0 ? gamma(concentration * weights[i] / total, rng) : 0;
            sum += out[i];
        }
        if (sum <= 0) {
            // All gammas underflowed (tiny shapes): fall back to the chosen weights rather than to zeros.
            return weights.clone();
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000), with the shape &lt; 1 boost U^(1/shape). */
    static double gamma(double shape, SplittableRandom rng) {
        if (shape < 1) {
            return gamma(shape + 1, rng) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(rng);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom rng) {
        // Box–Muller; one of the pair is enough here.
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
