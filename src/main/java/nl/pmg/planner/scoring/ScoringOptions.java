package nl.pmg.planner.scoring;

/**
 * How to turn indicator values into a score. See {@code scoring/METHOD.md} for why the defaults are what they are.
 *
 * @param minCoverage    minimum share (0–1) of the level's areas that must have a value for an indicator to be used
 * @param winsorLowerPct percentile (0–100) below which values are raised to that percentile
 * @param winsorUpperPct percentile (0–100) above which values are lowered to that percentile
 * @param smoothRates    whether rates with counts get empirical-Bayes smoothing
 * @param flagPercentile percentile rank (0–100] at or above which an indicator is flagged for an area
 * @throws InvalidScoringOptions naming the option that is out of range
 */
public record ScoringOptions(Normalisation normalisation, Aggregation aggregation, MissingPolicy missingPolicy,
                             double minCoverage, double winsorLowerPct, double winsorUpperPct,
                             boolean smoothRates, double flagPercentile) {

    public ScoringOptions {
        require(normalisation != null, "normalisation must be one of MIN_MAX, Z_SCORE, PERCENTILE_RANK, DISTANCE_TO_NATIONAL");
        require(aggregation != null, "aggregation must be ARITHMETIC or GEOMETRIC");
        require(missingPolicy != null, "missingPolicy must be REWEIGHT or IMPUTE_PARENT");
        require(minCoverage >= 0 && minCoverage <= 1, "minCoverage must be between 0 and 1, was " + minCoverage);
        require(winsorLowerPct >= 0 && winsorUpperPct <= 100 && winsorLowerPct < winsorUpperPct,
                "winsorLowerPct and winsorUpperPct must satisfy 0 <= lower < upper <= 100, were "
                        + winsorLowerPct + " and " + winsorUpperPct);
        require(flagPercentile > 0 && flagPercentile <= 100, "flagPercentile must be in (0, 100], was " + flagPercentile);
    }

    /** Percentile ranks, arithmetic mean, re-weighting, 65 % coverage, winsorising at 1/99, smoothing on, p90 flags. */
    public static ScoringOptions defaults() {
        return new ScoringOptions(Normalisation.PERCENTILE_RANK, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT,
                0.65, 1, 99, true, 90);
    }

    public ScoringOptions withNormalisation(Normalisation value) {
        return new ScoringOptions(value, aggregation, missingPolicy, minCoverage, winsorLowerPct, winsorUpperPct,
                smoothRates, flagPercentile);
    }

    public ScoringOptions withAggregation(Aggregation value) {
        return new ScoringOptions(normalisation, value, missingPolicy, minCoverage, winsorLowerPct, winsorUpperPct,
                smoothRates, flagPercentile);
    }

    public ScoringOptions withMissingPolicy(MissingPolicy value) {
        return new ScoringOptions(normalisation, aggregation, value, minCoverage, winsorLowerPct, winsorUpperPct,
                smoothRates, flagPercentile);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidScoringOptions(message);
        }
    }
}
