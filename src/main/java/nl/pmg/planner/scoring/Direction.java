package nl.pmg.planner.scoring;

/**
 * Which end of an indicator's scale means more risk. The engine orients every indicator so that,
 * after normalisation, a higher value always means more risk.
 */
public enum Direction {
    HIGHER_IS_RISKIER,
    LOWER_IS_RISKIER
}
