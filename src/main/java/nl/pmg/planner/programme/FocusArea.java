package nl.pmg.planner.programme;

import java.util.List;

/**
 * An NPLV focus area by name. {@code wijkCodes} are the wijken we mapped it to (by name where the names
 * correspond, see {@code geodata/SOURCES.md}); {@code mapping} is then {@code derived} (our mapping, not an official
 * list), else {@code none}; {@code mappingReason} says why, in either case ({@code mappingReasonNl} in Dutch).
 */
public record FocusArea(String gemeenteCode, String gemeenteName, String name, int nplvSince, List<String> wijkCodes,
        String mapping, String mappingReason, String mappingReasonNl) {
}
