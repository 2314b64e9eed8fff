package nl.pmg.planner.scoring;

/** Data-quality facts about an area's score, so that nobody reads a repaired number as a measured one. */
public enum QualityFlag {

    /** At least one value was taken from the parent area ({@link MissingPolicy#IMPUTE_PARENT}). */
    IMPUTED,

    /** At least one rate moved at least 10 % of the way to its gemeente's rate by empirical-Bayes smoothing. */
    SMOOTHED,

    /** At least one value was withheld by the source (statistical secrecy). */
    SUPPRESSED,

    /** At least one indicator had no value; its weight went to the area's other indicators. */
    MISSING,

    /** The caller marked the area's boundary as approximate (e.g. buurt geometry from another year). */
    APPROXIMATE_BOUNDARY,

    /** At least one value is the parent area's (a buurt took its wijk's figure where it has none of its own). */
    FROM_PARENT,

    /**
     * The area has no value in a whole domain that other areas of its level have ({@code missingDomains} says
     * which). For a required domain the area is not ranked; otherwise that domain's weight went to the area's
     * other domains, and this flag says so.
     */
    DOMAIN_MISSING,

    /** The caller marked the area not eligible (too few residents or households, or unknown): not ranked. */
    NOT_ELIGIBLE,

    /** No usable indicator at all: score is NaN and rank is 0. */
    NO_DATA
}
