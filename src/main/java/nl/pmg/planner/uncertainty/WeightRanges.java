package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringOptions;

/**
 * One-at-a-time weight ranges: for each domain, its share of the domain weights is moved from 0 to 1 (the
 * other domains keep their proportions) and the selection re-solved. For every area of the base selection
 * the result is the interval of shares around the current one over which it stays selected. The share runs
 * over a grid of step {@value #STEP}; each end is then narrowed by bisection to within {@value #PRECISION}.
 * An area may be selected again further out; the interval is the connected one around the current share.
 */
final class WeightRanges {

    static final double STEP = 0.02;
    static final double PRECISION = 0.00125;

    private WeightRanges() {
    }

    /** @return per pooled area in the base selection (pool order) its ranges, one per domain with a defined range */
    static List<List<SensitivityResult.WeightRange>> of(Selector model, Framework base, ScoringOptions options) {
        boolean[] inBase = model.base();
        double[] current = DomainWeights.shares(base);
        List<List<SensitivityResult.WeightRange>> out = new ArrayList<>();
        for (int a = 0; a < inBase.length; a++) {
            out.add(inBase[a] ? new ArrayList<>() : null);
        }
        int grid = (int) Math.round(1 / STEP);
        for (int d = 0; d < base.domains().size(); d++) {
            if (current[d] >= 1 - 1e-12) {
                continue; // the only weighted domain: moving it alone changes nothing
            }
            boolean[][] at = new boolean[grid + 1][];
            for (int g = 0; g <= grid; g++) {
                at[g] = model.select(DomainWeights.withShare(base, d, g * STEP), options);
            }
            for (int a = 0; a < inBase.length; a++) {
                if (inBase[a]) {
                    out.get(a).add(range(model, base, options, d, a, current[d], at));
                }
            }
        }
        return out;
    }

    private static SensitivityResult.WeightRange range(Selector model, Framework base, ScoringOptions options, int d, int a, double t0,
            boolean[][] at) {
        int grid = at.length - 1;
        int below = (int) Math.floor(t0 / STEP + 1e-9);
        int above = (int) Math.ceil(t0 / STEP - 1e-9);
        double low = 0;
        for (int g = below; g >= 0; g--) {
            if (!selected(at[g], a)) {
                low = narrow(model, base, options, d, a, g * STEP, Math.min(t0, (g + 1) * STEP));
                break;
            }
        }
        double high = 1;
        for (int g = above; g <= grid; g++) {
            if (!selected(at[g], a)) {
                high = narrow(model, base, options, d, a, g * STEP, Math.max(t0, (g - 1) * STEP));
                break;
            }
        }
        return new SensitivityResult.WeightRange(base.domains().get(d).id(), t0, low, high);
    }

    /** Bisects between a share where the area is out and one where it is in; returns the last share where it is in. */
    private static double narrow(Selector model, Framework base, ScoringOptions options, int d, int a,
            double out, double in) {
        while (Math.abs(in - out) > PRECISION) {
            double mid = (in + out) / 2;
            if (selected(model.select(DomainWeights.withShare(base, d, mid), options), a)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }

    private static boolean selected(boolean[] mask, int a) {
        return mask != null && mask[a];
    }
}
