package nl.pmg.planner.scoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings ({@code planner.scoring.*}): the number of inhabitants below which a wijk or
 * buurt is not scored (business parks, parks and water have crime but no residents to prevent it among).
 */
@ConfigurationProperties("planner.scoring")
record ScoringProperties(@DefaultValue("50") int minPopulation) {
}
