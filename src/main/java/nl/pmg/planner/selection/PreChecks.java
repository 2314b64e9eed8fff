package nl.pmg.planner.selection;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The common conflicts, found with exact integer arithmetic before the solver runs, so that the answer
 * can show the sum that fails ("at most 2 per police unit × 10 police units = 20 &lt; 25 requested")
 * instead of a bare INFEASIBLE. Not complete: combinations of families are left to the solver. Each
 * conflict carries a stable code and its figures, so that the browser can word it in the user's language.
 */
final class PreChecks {

    private PreChecks() {
    }

    static List<Conflict> find(Problem p) {
        List<Conflict> out = new ArrayList<>();
        Set<String> must = p.mustInclude();
        Set<String> lockedCodes = new java.util.HashSet<>();
        p.locked().forEach(c -> lockedCodes.add(c.code()));
        Map<String, String> names = new java.util.HashMap<>();
        p.everyone().forEach(c -> names.put(c.code(), c.name()));
        for (String code : must) {
            String name = names.getOrDefault(code, code);
            if (p.constraints().excludeOrEmpty().contains(code)) {
                out.add(conflict("must-include-excluded", Map.of("gemeente", code, "name", name),
                        name + " is both in mustInclude and in exclude", "mustInclude", "exclude"));
            } else if (p.filteredOut().containsKey(code) && !lockedCodes.contains(code)) {
                out.add(conflict("must-include-filtered", Map.of("gemeente", code, "name", name,
                        "reason", p.filteredOut().get(code)), name + " must be included but " + p.filteredOut().get(code),
                        "mustInclude"));
            }
        }
        long mustInPool = p.pool().stream().filter(c -> must.contains(c.code())).count();
        if (mustInPool > p.add()) {
            out.add(conflict("too-many-must-include", Map.of("count", mustInPool, "add", p.add()),
                    mustInPool + " must-include municipalities > " + p.add() + " requested", "mustInclude", "add"));
        }
        if (p.pool().size() < p.add()) {
            out.add(conflict("too-few-candidates", Map.of("pool", p.pool().size(), "add", p.add()), "only "
                    + p.pool().size() + " candidates remain after the locked-in members and the filters, fewer than the "
                    + p.add() + " requested", "add"));
        }
        for (Family f : List.of(Family.PROVINCE, Family.POLICE_UNIT, Family.RIEC)) {
            if (p.bounds(f) != null && p.bounds(f).any()) {
                RegionChecks.check(p, f, out);
            }
        }
        smallMunicipalities(p, out);
        budget(p, out);
        pathways(p, out);
        return out;
    }

    private static void smallMunicipalities(Problem p, List<Conflict> out) {
        if (p.minSmall() <= 0) {
            return;
        }
        long lockedSmall = p.countedLocked(Family.SMALL_MUNICIPALITIES).stream().filter(p::isSmall).count();
        long need = p.minSmall() - lockedSmall;
        long available = p.pool().stream().filter(p::isSmall).count();
        if (need > p.add()) {
            out.add(conflict("small-needs-more-than-add", Map.of("min", p.minSmall(), "need", need, "add", p.add()),
                    "at least " + p.minSmall() + " smaller municipalities needs " + need + " additions, more than the "
                            + p.add() + " requested", "smallMunicipalities", "add"));
        } else if (need > available) {
            out.add(conflict("small-short", Map.of("min", p.minSmall(), "need", need, "available", available),
                    "at least " + p.minSmall() + " smaller municipalities needs " + need + " additions but only "
                            + available + " eligible candidates are of those urbanity classes", "smallMunicipalities"));
        }
    }

    private static void budget(Problem p, List<Conflict> out) {
        Double budget = p.constraints().budgetEur();
        if (budget == null || p.pool().size() < p.add()) {
            return;
        }
        Set<String> must = p.mustInclude();
        long cost = 0;
        int taken = 0;
        List<Candidate> byCost = new ArrayList<>(p.pool());
        byCost.sort(Comparator.comparingLong(Candidate::costEur));
        for (Candidate c : p.pool()) {
            if (must.contains(c.code())) {
                cost += c.costEur();
                taken++;
            }
        }
        for (Candidate c : byCost) {
            if (taken >= p.add()) {
                break;
            }
            if (!must.contains(c.code())) {
                cost += c.costEur();
                taken++;
            }
        }
        if (cost > Math.floor(budget)) {
            out.add(conflict("budget-short", Map.of("budget", Math.round(budget), "cost", cost, "add", p.add(),
                    "withMustInclude", !must.isEmpty()), "budget " + euros(budget) + " < " + euros(cost)
                    + ", the cost of the cheapest " + p.add() + " eligible candidates"
                    + (must.isEmpty() ? "" : " including the must-include list"), "budgetEur", "add"));
        }
    }

    private static void pathways(Problem p, List<Conflict> out) {
        Constraints.Pathways w = p.pathways();
        if (w == null) {
            return;
        }
        int severity = w.reserved(Pathway.SEVERITY);
        int prevention = w.reserved(Pathway.PREVENTION);
        if (severity + prevention > p.add()) {
            out.add(conflict("pathways-exceed-add", Map.of("severity", severity, "prevention", prevention, "add", p.add()),
                    severity + " severity + " + prevention + " prevention places reserved > " + p.add() + " requested",
                    "pathways", "add"));
        }
        long scored = p.pool().stream().filter(c -> !Double.isNaN(c.preventionScore())).count();
        if (prevention > scored) {
            out.add(conflict("pathways-prevention-short", Map.of("prevention", prevention, "available", scored),
                    prevention + " prevention places reserved but only " + scored + " candidates have a prevention score",
                    "pathways"));
        }
    }

    static String euros(double amount) {
        return "€" + NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(amount));
    }

    private static Conflict conflict(String code, Map<String, Object> params, String detail, String... constraints) {
        return new Conflict(code, new LinkedHashMap<>(params), List.of(constraints), detail);
    }
}
