package nl.pmg.planner.scoring;

/**
 * What to do when an area has no value for an indicator. There is deliberately no option that
 * treats a missing value as zero: zero is a statement about the area, missing is not.
 */
public enum MissingPolicy {

    /** Leave the indicator out for that area and spread its weight over the indicators the area does have. */
    REWEIGHT,

    /**
     * Use the parent area's value (a buurt gets its wijk's value), flagged {@link QualityFlag#IMPUTED}.
     * Where no parent value is known the engine falls back to {@link #REWEIGHT} and says so.
     */
    IMPUTE_PARENT
}
