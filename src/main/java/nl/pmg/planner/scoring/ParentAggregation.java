package nl.pmg.planner.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From child scores (buurten) to parents (wijken, gemeenten). Both helpers need the child run to be
 * national, because "top decile" means the top decile of the country, not of the parent.
 */
public final class ParentAggregation {

    /** The national top decile: child areas at or above the 90th percentile of scores. */
    public static final double TOP_DECILE = 90;

    private ParentAggregation() {
    }

    /**
     * Population-weighted mean of child scores per parent. Children without a score, or with an unknown or
     * zero population, are counted but left out of the mean.
     *
     * @param children    the input of the child run (for population, aligned with its codes)
     * @param childScores the result of that run
     * @param parentCodes parent code of each child, aligned with {@code children.codes()}
     * @return parent code → score, in order of first appearance
     * @throws IllegalArgumentException if the three do not line up, population is missing, or a parent code is null
     */
    public static Map<String, ParentScore> populationWeighted(ScoringInput children, ScoringResult childScores,
                                                              List<String> parentCodes) {
        requireAligned(children, childScores, parentCodes);
        double[] population = require(children.population(), "population");
        Map<String, double[]> sums = new LinkedHashMap<>();
        // per parent: [children, scored children, population, scored population, Σ population·score]
        for (int i = 0; i < population.length; i++) {
            double[] s = sums.computeIfAbsent(parentCodes.get(i), p -> new double[5]);
            double pop = population[i];
            double score = AreaScores.score(childScores.areas(), i);
            s[0]++;
            if (Double.isFinite(pop)) {
                s[2] += pop;
            }
            if (!Double.isNaN(score) && Double.isFinite(pop) && pop > 0) {
                s[1]++;
                s[3] += pop;
                s[4] += pop * score;
            }
        }
        Map<String, ParentScore> result = new LinkedHashMap<>();
        sums.forEach((parent, s) -> result.put(parent, new ParentScore(parent,
                s[3] > 0 ? s[4] / s[3] : Double.NaN, (int) s[0], (int) s[1], s[2], s[3])));
        return Collections.unmodifiableMap(result);
    }

    /** {@link #concentration(ScoringInput, ScoringResult, List, double)} for the national top decile. */
    public static Map<String, Concentration> concentration(ScoringInput children, ScoringResult childScores,
                                                           List<String> parentCodes) {
        return concentration(children, childScores, parentCodes, TOP_DECILE);
    }

    /**
     * Per parent: the number of child areas whose score percentile is at or above {@code minPercentile},
     * and the share of the parent's inhabitants aged 15–25 who live in them.
     *
     * @param minPercentile 0–100, e.g. {@link #TOP_DECILE}
     * @return parent code → concentration, in order of first appearance
     * @throws IllegalArgumentException if the inputs do not line up or youngPeople is missing
     */
    public static Map<String, Concentration> concentration(ScoringInput children, ScoringResult childScores,
                                                           List<String> parentCodes, double minPercentile) {
        requireAligned(children, childScores, parentCodes);
        double[] young = require(children.youngPeople(), "youngPeople");
        Map<String, double[]> sums = new LinkedHashMap<>();
        // per parent: [top child areas, young people, young people in top child areas]
        String last = null;
        double[] run = null;
        for (int i = 0; i < young.length; i++) {
            String parent = parentCodes.get(i);
            if (!parent.equals(last)) { // children mostly come grouped by parent: one map look-up per run of them
                run = sums.computeIfAbsent(parent, p -> new double[3]);
                last = parent;
            }
            double[] s = run;
            boolean top = AreaScores.percentile(childScores.areas(), i) >= minPercentile;
            if (top) {
                s[0]++;
            }
            if (Double.isFinite(young[i]) && young[i] >= 0) {
                s[1] += young[i];
                if (top) {
                    s[2] += young[i];
                }
            }
        }
        Map<String, Concentration> result = new LinkedHashMap<>();
        sums.forEach((parent, s) -> result.put(parent,
                new Concentration(parent, (int) s[0], s[1], s[2], s[1] > 0 ? s[2] / s[1] : Double.NaN)));
        return Collections.unmodifiableMap(result);
    }

    private static void requireAligned(ScoringInput children, ScoringResult childScores, List<String> parentCodes) {
        int n = children.size();
        if (childScores.areas().size() != n || parentCodes.size() != n) {
            throw new IllegalArgumentException("children (" + n + "), child scores (" + childScores.areas().size()
                    + ") and parent codes (" + parentCodes.size() + ") must line up");
        }
        for (int i = 0; i < n; i++) {
            if (!children.codes().get(i).equals(AreaScores.code(childScores.areas(), i))) {
                throw new IllegalArgumentException("child scores are not in the order of the child input at " + children.codes().get(i));
            }
            if (parentCodes.get(i) == null) {
                throw new IllegalArgumentException("child " + children.codes().get(i) + " has no parent code");
            }
        }
    }

    private static double[] require(double[] values, String name) {
        if (values == null) {
            throw new IllegalArgumentException("the child input has no " + name);
        }
        return values;
    }
}
