package nl.pmg.planner.scoring;

/**
 * One indicator in a domain.
 *
 * @param indicatorId catalogue id, e.g. {@code crime_per_1000}
 * @param weight      relative weight within the domain, finite and {@code >= 0}; need not sum to 1
 * @param direction   which end of the scale is riskier
 * @param rationale   why this indicator and this weight, for the method document and the UI
 */
public record FrameworkIndicator(String indicatorId, double weight, Direction direction, String rationale) {
}
