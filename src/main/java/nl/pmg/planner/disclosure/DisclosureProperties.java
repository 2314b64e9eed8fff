package nl.pmg.planner.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.disclosure.*}: for callers without detail rights, gemeente counts below
 * {@code min-count} and rates over fewer than {@code min-denominator} inhabitants are suppressed.
 */
@ConfigurationProperties("planner.disclosure")
record DisclosureProperties(@DefaultValue("10") int minCount, @DefaultValue("50") int minDenominator) {
}
