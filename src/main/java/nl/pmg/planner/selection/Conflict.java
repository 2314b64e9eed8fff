package nl.pmg.planner.selection;

import java.util.List;

/**
 * Constraints of a request that cannot all hold, with the arithmetic that shows it.
 *
 * @param constraints the request fields involved, e.g. {@code ["perPoliceUnit", "add"]}
 */
record Conflict(List<String> constraints, String detail) {
}
