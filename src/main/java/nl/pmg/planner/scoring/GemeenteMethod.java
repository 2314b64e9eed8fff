package nl.pmg.planner.scoring;

/**
 * How gemeente scores are made: from gemeente-level indicators ({@code INDICATORS}), or as the
 * population-weighted mean of the gemeente's buurt scores ({@code BUURT_AGGREGATE}).
 */
public enum GemeenteMethod {
    INDICATORS, BUURT_AGGREGATE
}
