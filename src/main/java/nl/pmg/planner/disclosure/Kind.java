package nl.pmg.planner.disclosure;

/** What a figure is, as far as disclosure is concerned. */
public enum Kind {
    /** A count of people or households: at gemeente level withheld below {@code min-count}. */
    PERSONS,
    /** A rate over the area's inhabitants: at gemeente level withheld over fewer than {@code min-denominator}. */
    RATE,
    /** Anything else (counts of events such as registered crimes, scores, shares): shown at gemeente level. */
    OTHER
}
