package nl.pmg.planner.selection;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The selection as a 0/1 integer programme solved exactly by OR-Tools CP-SAT: one boolean per pooled
 * candidate, exactly {@code add} of them true, maximising the sum of integer needs (see {@link Objective})
 * under the families passed in. Locked-in members are constants, not variables. With pathways each candidate
 * has one boolean per pathway (at most one true), the reserved places are lower bounds per pathway, and an
 * area counts with its need on the pathway it comes in by, so the joint optimum over both pathways is exact.
 * Single-threaded so that equal inputs give equal answers; a model of 342 booleans solves in milliseconds.
 */
final class Solver {

    enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /**
     * The outcome; {@code chosen} is in pool order and empty unless a solution was found, {@code pathwayOf}
     * gives each chosen code's pathway.
     */
    record Solution(Status status, long objective, List<Candidate> chosen, Map<String, Pathway> pathwayOf) {

        Solution(Status status, long objective, List<Candidate> chosen) {
            this(status, objective, chosen, Map.of());
        }

        boolean found() {
            return status == Status.OPTIMAL || status == Status.FEASIBLE;
        }

        Pathway pathway(String code) {
            return pathwayOf.getOrDefault(code, Pathway.SEVERITY);
        }
    }

    private static final long UNBOUNDED = 1_000_000;

    private static volatile boolean loaded;

    private final double timeLimitSeconds;

    Solver(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    Solution solve(Problem p, long[] needs, Collection<Family> families) {
        return solve(p, needs, families, Set.of(), Set.of());
    }

    /**
     * @param needs     integer objective coefficient per pooled candidate (severity), aligned with {@code p.pool()}
     * @param families  the families to enforce; others are left out (used to find conflicts and binding ones)
     * @param forceIn   pooled codes that must be chosen (on top of the must-include family)
     * @param forceOut  pooled codes that must not be chosen
     */
    Solution solve(Problem p, long[] needs, Collection<Family> families, Set<String> forceIn, Set<String> forceOut) {
        load();
        List<Candidate> pool = p.pool();
        CpModel m = new CpModel();
        BoolVar[] x = new BoolVar[pool.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = m.newBoolVar(pool.get(i).code());
            String code = pool.get(i).code();
            if (forceIn.contains(code) || families.contains(Family.MUST_INCLUDE) && p.mustInclude().contains(code)) {
                m.addEquality(x[i], 1);
            }
            if (forceOut.contains(code)) {
                m.addEquality(x[i], 0);
            }
        }
        m.addEquality(LinearExpr.sum(x), p.add());
        for (Family f : families) {
            Function<Candidate, String> region = Problem.regionOf(f);
            if (region != null && p.bounds(f) != null) {
                addRegionBounds(m, p, x, f);
            }
        }
        if (families.contains(Family.BUDGET) && p.constraints().budgetEur() != null) {
            long[] cost = pool.stream().mapToLong(Candidate::costEur).toArray();
            m.addLessOrEqual(LinearExpr.weightedSum(x, cost), (long) Math.floor(p.constraints().budgetEur()));
        }
        if (families.contains(Family.SMALL_MUNICIPALITIES) && p.minSmall() > 0) {
            long lockedSmall = p.countedLocked(Family.SMALL_MUNICIPALITIES).stream().filter(p::isSmall).count();
            List<BoolVar> small = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (p.isSmall(pool.get(i))) {
                    small.add(x[i]);
                }
            }
            m.addGreaterOrEqual(LinearExpr.sum(small.toArray(BoolVar[]::new)), p.minSmall() - lockedSmall);
        }
        PathwayVariables ways = p.pathways() == null ? null
                : PathwayVariables.add(m, p, x, families.contains(Family.PATHWAYS));
        m.maximize(ways == null ? LinearExpr.weightedSum(x, needs) : ways.objective(needs));
        CpSolver s = new CpSolver();
        s.getParameters().setNumWorkers(1).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus st = s.solve(m);
        Status status = switch (st) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            default -> Status.UNKNOWN;
        };
        if (status != Status.OPTIMAL && status != Status.FEASIBLE) {
            return new Solution(status, 0, List.of());
        }
        List<Candidate> chosen = new ArrayList<>();
        Map<String, Pathway> pathwayOf = new LinkedHashMap<>();
        long objective = 0;
        for (int i = 0; i < x.length; i++) {
            if (s.booleanValue(x[i])) {
                Pathway way = ways == null ? Pathway.SEVERITY : ways.pathwayOf(s, i);
                chosen.add(pool.get(i));
                pathwayOf.put(pool.get(i).code(), way);
                objective += way == Pathway.PREVENTION ? ways.preventionNeed(i) : needs[i];
            }
        }
        return new Solution(status, objective, chosen, pathwayOf);
    }

    /** min ≤ counted locked in region + chosen in region ≤ max, for every region of the kind known nationally. */
    private static void addRegionBounds(CpModel m, Problem p, BoolVar[] x, Family f) {
        Function<Candidate, String> region = Problem.regionOf(f);
        Constraints.Bounds b = p.bounds(f);
        Map<String, List<BoolVar>> vars = new HashMap<>();
        Set<String> regions = new TreeSet<>();
        p.everyone().stream().map(region).filter(r -> r != null).forEach(regions::add);
        for (int i = 0; i < x.length; i++) {
            String r = region.apply(p.pool().get(i));
            if (r != null) {
                vars.computeIfAbsent(r, k -> new ArrayList<>()).add(x[i]);
            }
        }
        Map<String, Long> locked = lockedPerRegion(p, f);
        for (String r : regions) {
            Constraints.Limit limit = b.in(r);
            long base = locked.getOrDefault(r, 0L);
            long lo = limit.min() == null ? -UNBOUNDED : limit.min() - base;
            long hi = limit.max() == null ? UNBOUNDED : limit.max() - base;
            BoolVar[] in = vars.getOrDefault(r, List.of()).toArray(BoolVar[]::new);
            m.addLinearConstraint(LinearExpr.sum(in), lo, hi);
        }
    }

    /** Locked-in members per region that the family counts (none when it counts additions only). */
    static Map<String, Long> lockedPerRegion(Problem p, Family f) {
        Function<Candidate, String> region = Problem.regionOf(f);
        Map<String, Long> n = new HashMap<>();
        for (Candidate c : p.countedLocked(f)) {
            String r = region.apply(c);
            if (r != null) {
                n.merge(r, 1L, Long::sum);
            }
        }
        return n;
    }
}
