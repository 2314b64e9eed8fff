package nl.pmg.planner.scoring;

/**
 * Splits an area's score into one contribution per indicator, so that a programme manager can read the
 * score line by line and the lines add up to the score.
 *
 * <p>Both aggregations are weighted sums in their working space: {@code T = Σ e_k·t(x_k)}, with e_k the
 * area's effective weight (domain weight × indicator weight, both re-normalised over what the area has)
 * and t the identity or the natural log.
 * <ul>
 *   <li>ARITHMETIC: score = T, so contribution_k = e_k·x_k.</li>
 *   <li>GEOMETRIC: score = exp(T). Each indicator gets the share of the score that its term has of T:
 *       contribution_k = score · e_k·ln(x_k) / T. Inputs are at least 1, so every term is {@code >= 0}
 *       and no contribution is negative. If T = 0 (every value at the floor of 1) the score is 1 and it is
 *       shared in proportion to the effective weights.</li>
 * </ul>
 */
final class Contributions {

    private Contributions() {
    }

    /**
     * @param terms            e_k·t(x_k) for the first {@code count} indicators; ignored where the weight is 0
     *                         and the value missing (pass 0 there)
     * @param effectiveWeights e_k, summing to 1 over the area's available indicators
     * @param out              receives the contributions
     */
    static void decompose(Aggregation aggregation, double score, double[] terms, double[] effectiveWeights,
                          int count, double[] out) {
        if (aggregation == Aggregation.ARITHMETIC) {
            System.arraycopy(terms, 0, out, 0, count);
            return;
        }
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += terms[k];
        }
        for (int k = 0; k < count; k++) {
            out[k] = total > 0 ? score * terms[k] / total : score * effectiveWeights[k];
        }
    }
}
