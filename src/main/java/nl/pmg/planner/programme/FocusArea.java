package nl.pmg.planner.programme;

import java.util.List;

/**
 * An NPLV focus area by name. {@code wijkCodes} is filled only where the name identifies exactly one
 * wijk of the municipality; {@code mapping} is then {@code derived} (our matching, not an official list).
 */
public record FocusArea(String gemeenteCode, String gemeenteName, String name, int nplvSince, List<String> wijkCodes,
        String mapping) {
}
