package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;

/**
 * Constraints of a request that cannot all hold, with the arithmetic that shows it.
 *
 * @param code        stable kind of conflict (e.g. {@code region-locked-over-max}); its wording per language is
 *                    {@code conflict.<code>} in {@code i18n/problems_*.properties}, filled from {@code params}
 * @param params      the figures and names of the conflict (region names for people, codes for machines)
 * @param constraints the request fields involved, e.g. {@code ["perPoliceUnit", "add"]}
 * @param detail      the same in English
 */
record Conflict(String code, Map<String, Object> params, List<String> constraints, String detail) {
}
