package nl.pmg.planner.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Per-area aggregation: domain scores, the index and the contributions, in one pass over the area's
 * values with no boxing. Missing values are skipped and the weights re-normalised over what the area has
 * (within a domain first, then across domains), which is what {@link MissingPolicy#REWEIGHT} means and
 * also what remains after imputation. An area without any value in a required domain that the level has gets
 * no score (its domain scores are still given, so the gap can be explained).
 *
 * @param scores        per area; {@code NaN} when the area has no value with positive effective weight
 * @param domainScores  [domain][area]; {@code NaN} where the area has no value in that domain
 * @param contributions [prepared indicator][area]; {@code NaN} where the value is missing
 */
record Composite(double[] scores, double[][] domainScores, double[][] contributions) {

    static Composite compute(List<PreparedIndicator> indicators, double[] domainWeights, Aggregation aggregation,
                             int areaCount) {
        return compute(indicators, domainWeights, new boolean[domainWeights.length], aggregation, areaCount);
    }

    /** @param required per domain whether an area missing it (while the level has it) is left unscored */
    static Composite compute(List<PreparedIndicator> indicators, double[] domainWeights, boolean[] required,
                             Aggregation aggregation, int areaCount) {
        int k = indicators.size();
        int domainCount = domainWeights.length;
        double[][] values = new double[k][];
        int[] domainOf = new int[k];
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            PreparedIndicator indicator = indicators.get(i);
            values[i] = indicator.values();
            domainOf[i] = indicator.domain();
            weights[i] = indicator.weight();
        }
        boolean[] present = new boolean[domainCount];
        for (int i = 0; i < k; i++) {
            present[domainOf[i]] |= weights[i] > 0;
        }
        double[] scores = new double[areaCount];
        double[][] domainScores = new double[domainCount][areaCount];
        double[][] contributions = new double[k][areaCount];

        double[] domainWeightSum = new double[domainCount];
        double[] domainTermSum = new double[domainCount];
        double[] working = new double[k];
        double[] terms = new double[k];
        double[] effective = new double[k];
        double[] out = new double[k];

        for (int a = 0; a < areaCount; a++) {
            Arrays.fill(domainWeightSum, 0);
            Arrays.fill(domainTermSum, 0);
            for (int i = 0; i < k; i++) {
                double x = values[i][a];
                if (!Double.isNaN(x)) {
                    working[i] = aggregation.toWorkingSpace(x);
                    domainWeightSum[domainOf[i]] += weights[i];
                    domainTermSum[domainOf[i]] += weights[i] * working[i];
                }
            }
            double totalDomainWeight = 0;
            boolean requiredMissing = false;
            for (int d = 0; d < domainCount; d++) {
                if (domainWeightSum[d] > 0) {
                    totalDomainWeight += domainWeights[d];
                    domainScores[d][a] = aggregation.fromWorkingSpace(domainTermSum[d] / domainWeightSum[d]);
                } else {
                    domainScores[d][a] = Double.NaN;
                    requiredMissing |= required[d] && present[d];
                }
            }
            if (!(totalDomainWeight > 0) || requiredMissing) {
                scores[a] = Double.NaN;
                for (int i = 0; i < k; i++) {
                    contributions[i][a] = Double.NaN;
                }
                continue;
            }
            double total = 0;
            for (int i = 0; i < k; i++) {
                double x = values[i][a];
                int d = domainOf[i];
                if (Double.isNaN(x) || !(domainWeightSum[d] > 0)) {
                    effective[i] = 0;
                    terms[i] = 0;
                } else {
                    effective[i] = domainWeights[d] / totalDomainWeight * weights[i] / domainWeightSum[d];
                    terms[i] = effective[i] * working[i];
                    total += terms[i];
                }
            }
            double score = aggregation.fromWorkingSpace(total);
            scores[a] = score;
            Contributions.decompose(aggregation, score, terms, effective, k, out);
            for (int i = 0; i < k; i++) {
                contributions[i][a] = Double.isNaN(values[i][a]) ? Double.NaN : out[i];
            }
        }
        return new Composite(scores, domainScores, contributions);
    }
}
