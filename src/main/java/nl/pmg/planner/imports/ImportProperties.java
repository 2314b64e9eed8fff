package nl.pmg.planner.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.imports.*}: what a boundary import must hold to count as a whole division — at least
 * {@code minGemeenten} gemeenten (the Netherlands has had 342 to 355 since 2019), with every gemeente
 * divided into wijken and every wijk into buurten.
 */
@ConfigurationProperties("planner.imports")
record ImportProperties(@DefaultValue("300") int minGemeenten) {
}
