package nl.pmg.planner.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The exact pre-checks of one region family (per province, police unit or RIEC): members already over a
 * cap, too little room under the caps for the additions, minimums that cannot be met. Regions are named for
 * people ("Zuid-Holland"), with the code in the parameters; what a cap counts (the additions or the whole
 * programme) is part of every message.
 */
final class RegionChecks {

    private RegionChecks() {
    }

    static void check(Problem p, Family f, List<Conflict> out) {
        Constraints.Bounds b = p.bounds(f);
        Function<Candidate, String> region = Problem.regionOf(f);
        String noun = Problem.regionNoun(f);
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        String counts = p.countsProgramme(f) ? "programme" : "additions";
        Map<String, Long> locked = Solver.lockedPerRegion(p, f);
        Map<String, Long> available = new TreeMap<>();
        p.everyone().stream().map(region).filter(r -> r != null).forEach(r -> available.put(r, 0L));
        p.pool().stream().map(region).filter(r -> r != null).forEach(r -> available.merge(r, 1L, Long::sum));
        int regions = available.size();
        boolean minAboveMax = false;
        for (String r : available.keySet()) {
            Constraints.Limit l = b.in(r);
            if (l.min() != null && l.max() != null && l.min() > l.max()) {
                out.add(conflict("region-min-above-max", params(f, p, r, "min", l.min(), "max", l.max()),
                        name(p, r) + ": " + f.field() + " minimum " + l.min() + " > maximum " + l.max(), f.field()));
                minAboveMax = true;
            }
        }
        if (minAboveMax) {
            return;
        }
        long room = p.pool().stream().filter(c -> region.apply(c) == null).count();
        boolean simple = b.overridesOrEmpty().isEmpty();
        boolean anyMax = false;
        boolean hint = false;
        for (var e : available.entrySet()) {
            Integer max = b.in(e.getKey()).max();
            long lockedHere = locked.getOrDefault(e.getKey(), 0L);
            if (max == null) {
                room += e.getValue();
                continue;
            }
            anyMax = true;
            if (lockedHere > max) {
                out.add(conflict("region-locked-over-max", params(f, p, e.getKey(), "locked", lockedHere, "max", max),
                        name(p, e.getKey()) + " already has " + lockedHere + " programme members, more than the maximum of "
                                + max + " that counts the whole programme", f.field(), "lockedIn"));
                hint = true;
            }
            simple &= lockedHere == 0 && e.getValue() >= max;
            room += Math.min(Math.max(0, max - lockedHere), e.getValue());
        }
        if (hint) {
            out.add(conflict("region-cap-counts-programme", familyParams(f, counts), "to cap the new additions only, "
                    + "let " + f.field() + " count the additions (\"counts\": \"additions\")", f.field()));
        }
        if (anyMax && room < p.add()) {
            Map<String, Object> params = familyParams(f, counts, "max", b.max(), "regions", regions, "room", room,
                    "add", p.add());
            out.add(simple
                    ? conflict("region-room-short", params, "at most " + b.max() + " per " + noun + " × " + regions + " "
                            + plural + " = " + room + " < " + p.add() + " requested", f.field(), "add")
                    : conflict("region-room-short-locked", params, "the per-" + noun + " maximums (counting the "
                            + counts + ") leave room for " + room + " more across the " + regions + " " + plural
                            + " with the candidates available, fewer than the " + p.add() + " requested", f.field(), "add"));
        }
        long needed = 0;
        int covered = 0;
        boolean anyMin = false;
        for (var e : available.entrySet()) {
            Integer min = b.in(e.getKey()).min();
            if (min == null) {
                continue;
            }
            anyMin = true;
            long need = Math.max(0, min - locked.getOrDefault(e.getKey(), 0L));
            needed += need;
            covered += need == 0 ? 1 : 0;
            if (need > e.getValue()) {
                out.add(conflict("region-min-short", params(f, p, e.getKey(), "need", need, "available", e.getValue()),
                        name(p, e.getKey()) + " needs " + need + " more but has only " + e.getValue()
                                + " eligible candidates", f.field()));
            }
        }
        if (anyMin && needed > p.add()) {
            out.add(conflict("region-min-total", familyParams(f, counts, "min", b.min(), "regions", regions, "needed",
                    needed, "covered", covered, "add", p.add()), (b.min() == null ? "the minimums" : "at least " + b.min())
                    + " per " + noun + " × " + regions
                    + " " + plural + " needs " + needed + " additions (" + covered + " already covered by locked-in "
                    + "members), more than the " + p.add() + " requested", f.field(), "add"));
        }
    }

    private static String name(Problem p, String region) {
        return p.regionName(region);
    }

    /** Family, region code and name, then the given key/value pairs. */
    private static Map<String, Object> params(Family f, Problem p, String region, Object... more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", f.field());
        m.put("region", region);
        m.put("regionName", p.regionName(region));
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> familyParams(Family f, String counts, Object... more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", f.field());
        m.put("counts", counts);
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] != null) {
                m.put((String) more[i], more[i + 1]);
            }
        }
        return m;
    }

    static Conflict conflict(String code, Map<String, Object> params, String detail, String... constraints) {
        return new Conflict(code, params, List.of(constraints), detail);
    }
}
