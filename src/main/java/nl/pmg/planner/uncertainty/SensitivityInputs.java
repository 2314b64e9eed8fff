package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.MissingPolicy;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.scoring.ScoringOptions;

/**
 * The independent input factors of the variance-based analysis, each driven by one uniform [0, 1)
 * coordinate: a multiplier U[1 − spread, 1 + spread] per domain weight (the weights are then re-normalised,
 * as in the JRC audits of composite indicators), and the normalisation, aggregation and missing-value rule,
 * each uniform over its options. Domains with weight 0 and method choices with one option cannot vary and
 * are not inputs.
 */
final class SensitivityInputs {

    private final Framework base;
    private final double spread;
    private final List<Integer> domains = new ArrayList<>();
    private final List<Normalisation> normalisations;
    private final List<Aggregation> aggregations;
    private final List<MissingPolicy> missing;
    private final List<SensitivityResult.Input> inputs = new ArrayList<>();

    SensitivityInputs(Framework base, double spread, List<Normalisation> normalisations, List<Aggregation> aggregations,
            List<MissingPolicy> missing) {
        this.base = base;
        this.spread = spread;
        this.normalisations = normalisations;
        this.aggregations = aggregations;
        this.missing = missing;
        for (int d = 0; d < base.domains().size(); d++) {
            if (base.domains().get(d).weight() > 0) {
                domains.add(d);
                inputs.add(new SensitivityResult.Input("weight:" + base.domains().get(d).id(), "weight", base.domains().get(d).id(), null));
            }
        }
        if (normalisations.size() > 1) {
            inputs.add(new SensitivityResult.Input("normalisation", "method", null, normalisations.stream().map(Enum::name).toList()));
        }
        if (aggregations.size() > 1) {
            inputs.add(new SensitivityResult.Input("aggregation", "method", null, aggregations.stream().map(Enum::name).toList()));
        }
        if (missing.size() > 1) {
            inputs.add(new SensitivityResult.Input("missingPolicy", "method", null, missing.stream().map(Enum::name).toList()));
        }
    }

    List<SensitivityResult.Input> inputs() {
        return inputs;
    }

    int size() {
        return inputs.size();
    }

    Framework framework(double[] u) {
        double[] w = new double[base.domains().size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = base.domains().get(j).weight();
        }
        for (int k = 0; k < domains.size(); k++) {
            w[domains.get(k)] *= 1 - spread + 2 * spread * u[k];
        }
        return DomainWeights.with(base, w);
    }

    ScoringOptions options(double[] u) {
        int k = domains.size();
        ScoringOptions o = ScoringOptions.defaults().withNormalisation(pick(normalisations, normalisations.size() > 1 ? u[k++] : 0))
                .withAggregation(pick(aggregations, aggregations.size() > 1 ? u[k++] : 0));
        return o.withMissingPolicy(pick(missing, missing.size() > 1 ? u[k] : 0));
    }

    private static <T> T pick(List<T> options, double u) {
        return options.get(Math.min(options.size() - 1, (int) Math.floor(u * options.size())));
    }
}
