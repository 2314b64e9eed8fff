package nl.pmg.planner.selection;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The common conflicts, found with exact integer arithmetic before the solver runs, so that the answer
 * can show the sum that fails ("at most 2 per police unit × 10 police units = 20 &lt; 25 requested")
 * instead of a bare INFEASIBLE. Not complete: combinations of families are left to the solver.
 */
final class PreChecks {

    private PreChecks() {
    }

    static List<Conflict> find(Problem p) {
        List<Conflict> out = new ArrayList<>();
        Set<String> must = p.mustInclude();
        Set<String> lockedCodes = new java.util.HashSet<>();
        p.locked().forEach(c -> lockedCodes.add(c.code()));
        for (String code : must) {
            if (p.constraints().excludeOrEmpty().contains(code)) {
                out.add(conflict(code + " is both in mustInclude and in exclude", "mustInclude", "exclude"));
            } else if (p.filteredOut().containsKey(code) && !lockedCodes.contains(code)) {
                out.add(conflict(code + " must be included but " + p.filteredOut().get(code), "mustInclude"));
            }
        }
        long mustInPool = p.pool().stream().filter(c -> must.contains(c.code())).count();
        if (mustInPool > p.add()) {
            out.add(conflict(mustInPool + " must-include municipalities > " + p.add() + " requested", "mustInclude", "add"));
        }
        if (p.pool().size() < p.add()) {
            out.add(conflict("only " + p.pool().size() + " candidates remain after the locked-in members and the "
                    + "filters, fewer than the " + p.add() + " requested", "add"));
        }
        for (Family f : List.of(Family.PROVINCE, Family.POLICE_UNIT, Family.RIEC)) {
            if (p.bounds(f) != null) {
                regionBounds(p, f, out);
            }
        }
        smallMunicipalities(p, out);
        budget(p, out);
        return out;
    }

    private static void regionBounds(Problem p, Family f, List<Conflict> out) {
        Constraints.Bounds b = p.bounds(f);
        Function<Candidate, String> region = Problem.regionOf(f);
        String noun = Problem.regionNoun(f);
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        Map<String, Long> locked = Solver.lockedPerRegion(p, region);
        Map<String, Long> available = new TreeMap<>();
        p.everyone().stream().map(region).filter(r -> r != null).forEach(r -> available.put(r, 0L));
        p.pool().stream().map(region).filter(r -> r != null).forEach(r -> available.merge(r, 1L, Long::sum));
        int regions = available.size();
        if (b.min() != null && b.max() != null && b.min() > b.max()) {
            out.add(conflict(f.field() + ".min " + b.min() + " > max " + b.max(), f.field()));
            return;
        }
        if (b.max() != null) {
            long room = p.pool().stream().filter(c -> region.apply(c) == null).count();
            boolean simple = true;
            for (var e : available.entrySet()) {
                long lockedHere = locked.getOrDefault(e.getKey(), 0L);
                if (lockedHere > b.max()) {
                    out.add(conflict(noun + " " + e.getKey() + " already has " + lockedHere
                            + " locked-in members, more than the maximum of " + b.max(), f.field(), "lockedIn"));
                }
                long free = Math.max(0, b.max() - lockedHere);
                simple &= lockedHere == 0 && e.getValue() >= b.max();
                room += Math.min(free, e.getValue());
            }
            long requested = p.add();
            if (room < requested) {
                out.add(conflict(simple
                        ? "at most " + b.max() + " per " + noun + " × " + regions + " " + plural + " = " + room
                                + " < " + requested + " requested"
                        : "at most " + b.max() + " per " + noun + " leaves room for " + room + " more across the "
                                + regions + " " + plural + " (after the locked-in members, with the candidates "
                                + "available), fewer than the " + requested + " requested", f.field(), "add"));
            }
        }
        if (b.min() != null) {
            long needed = 0;
            int short_ = 0;
            for (var e : available.entrySet()) {
                long need = Math.max(0, b.min() - locked.getOrDefault(e.getKey(), 0L));
                needed += need;
                if (need > e.getValue()) {
                    out.add(conflict(noun + " " + e.getKey() + " needs " + need + " more but has only "
                            + e.getValue() + " eligible candidates", f.field()));
                }
                short_ += need > 0 ? 1 : 0;
            }
            if (needed > p.add()) {
                out.add(conflict("at least " + b.min() + " per " + noun + " × " + regions + " " + plural
                        + " needs " + needed + " additions (" + (regions - short_) + " already covered by locked-in "
                        + "members), more than the " + p.add() + " requested", f.field(), "add"));
            }
        }
    }

    private static void smallMunicipalities(Problem p, List<Conflict> out) {
        if (p.minSmall() <= 0) {
            return;
        }
        long lockedSmall = p.countedLocked().stream().filter(p::isSmall).count();
        long need = p.minSmall() - lockedSmall;
        long available = p.pool().stream().filter(p::isSmall).count();
        if (need > p.add()) {
            out.add(conflict("at least " + p.minSmall() + " smaller municipalities needs " + need
                    + " additions, more than the " + p.add() + " requested", "smallMunicipalities", "add"));
        } else if (need > available) {
            out.add(conflict("at least " + p.minSmall() + " smaller municipalities needs " + need
                    + " additions but only " + available + " eligible candidates are of those urbanity classes",
                    "smallMunicipalities"));
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
            out.add(conflict("budget " + euros(budget) + " < " + euros(cost) + ", the cost of the cheapest "
                    + p.add() + " eligible candidates" + (must.isEmpty() ? "" : " including the must-include list"),
                    "budgetEur", "add"));
        }
    }

    static String euros(double amount) {
        return "€" + NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(amount));
    }

    private static Conflict conflict(String detail, String... constraints) {
        return new Conflict(List.of(constraints), detail);
    }
}
