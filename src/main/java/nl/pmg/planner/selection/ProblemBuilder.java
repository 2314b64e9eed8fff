package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applies the locked-in set and the filters to all gemeenten, remembering why each filtered one left. */
final class ProblemBuilder {

    private ProblemBuilder() {
    }

    static Problem build(List<Candidate> all, Set<String> lockedIn, int add, Objective objective, Constraints c) {
        return build(all, lockedIn, add, objective, c, Map.of());
    }

    /** @param regionNames region code → name, for messages (codes stand in for missing names) */
    static Problem build(List<Candidate> all, Set<String> lockedIn, int add, Objective objective, Constraints c,
            Map<String, String> regionNames) {
        List<Candidate> pool = new ArrayList<>();
        List<Candidate> locked = new ArrayList<>();
        Map<String, String> filteredOut = new LinkedHashMap<>();
        for (Candidate cand : all) {
            if (lockedIn.contains(cand.code())) {
                locked.add(cand);
                continue;
            }
            String reason = filterReason(cand, objective, c);
            if (reason == null) {
                pool.add(cand);
            } else {
                filteredOut.put(cand.code(), reason);
            }
        }
        return new Problem(List.copyOf(pool), List.copyOf(locked), List.copyOf(all), add, objective, c, filteredOut,
                Map.copyOf(regionNames));
    }

    /** The filter that removes a candidate, phrased for a programme manager, or null when it stays. */
    static String filterReason(Candidate cand, Objective objective, Constraints c) {
        if (Double.isNaN(objective.need(cand))) {
            return "it has no index score" + (objective == Objective.SCORE ? "" : " or no count of young people");
        }
        if (c.excludeOrEmpty().contains(cand.code())) {
            return "it is in exclude";
        }
        if (c.minPopulation() != null && !(cand.population() >= c.minPopulation())) {
            return "its population " + count(cand.population()) + " is below minPopulation " + count(c.minPopulation());
        }
        if (c.minYoungPeople() != null && !(cand.youngPeople() >= c.minYoungPeople())) {
            return "its " + count(cand.youngPeople()) + " young people (15–25) are below minYoungPeople "
                    + count(c.minYoungPeople());
        }
        if (c.minTopDecileBuurten() != null && cand.topDecileBuurten() < c.minTopDecileBuurten()) {
            return "it has " + cand.topDecileBuurten() + " buurten in the national top decile, fewer than "
                    + "minTopDecileBuurten " + c.minTopDecileBuurten();
        }
        if (Boolean.TRUE.equals(c.risingCrimeOnly()) && !(cand.trendPctPerYear() > 0)) {
            return Double.isNaN(cand.trendPctPerYear()) ? "its crime trend 2021→2025 is unknown (risingCrimeOnly)"
                    : String.format(Locale.ROOT, "its crime trend 2021→2025 of %.1f %% per year is not rising "
                            + "(risingCrimeOnly)", cand.trendPctPerYear());
        }
        return null;
    }

    /** The request field of the filter behind a reason, for the {@code keptOutBy} of a runner-up. */
    static String filterField(String reason) {
        for (String f : List.of("exclude", "minPopulation", "minYoungPeople", "minTopDecileBuurten", "risingCrimeOnly")) {
            if (reason.contains(f)) {
                return f;
            }
        }
        return "noScore";
    }

    private static String count(double v) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%,.0f", v);
    }
}
