package nl.pmg.planner.scoring;

/** Data-quality facts about an area's score, so that nobody reads a repaired number as a measured one. */
public enum QualityFlag {

    /** At least one value was taken from the parent area ({@link MissingPolicy#IMPUTE_PARENT}). */
    IMPUTED,

    /** At least one rate moved at least 10 % of the way to the national rate by empirical-Bayes smoothing. */
    SMOOTHED,

    /** At least one value was withheld by the source (statistical secrecy). */
    SUPPRESSED,

    /** At least one indicator had no value; its weight went to the area's other indicators. */
    MISSING,

    /** The caller marked the area's boundary as approximate (e.g. buurt geometry from another year). */
    APPROXIMATE_BOUNDARY,

    /** No usable indicator at all: score is NaN and rank is 0. */
    NO_DATA
}
