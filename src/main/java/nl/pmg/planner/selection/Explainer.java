package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.scoring.AreaScore;

/**
 * Explains an optimal selection by re-solving: the replacement cost of each selected area (solve without
 * it), and for the best areas not selected either the filter that removed them, or the loss when forced
 * in together with the families that, relaxed one at a time, would let it in at no loss.
 */
final class Explainer {

    private final Problem p;
    private final long[] needs;
    private final Solver.Solution base;
    private final Solver solver;
    private final List<Family> active;

    Explainer(Problem p, long[] needs, Solver.Solution base, Solver solver) {
        this.p = p;
        this.needs = needs;
        this.base = base;
        this.solver = solver;
        this.active = p.activeFamilies();
    }

    List<Selection.Selected> selected(Map<String, AreaScore> scores, Map<String, String> domainOf,
            PathwayExplanations ways) {
        List<Candidate> chosen = new ArrayList<>(base.chosen());
        chosen.sort(Comparator.comparingDouble((Candidate c) -> -need(c)));
        List<Selection.Selected> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            AreaScore s = scores.get(c.code());
            Pathway way = base.pathway(c.code());
            Selection.PathwayBasis basis = ways.basis(c.code(), way);
            List<String> reasons = new ArrayList<>();
            reasons.add(ways.reason(way, basis));
            reasons.add(String.format(Locale.ROOT, "national rank %d of %d (index score %.1f)", s.rank(),
                    scores.size(), s.score()));
            if (!s.p90Flags().isEmpty()) {
                reasons.add("at or above the 90th percentile on " + String.join(", ", s.p90Flags()));
            }
            Double replacement = null;
            if (p.mustInclude().contains(c.code())) {
                reasons.add("required by mustInclude");
            } else {
                Solver.Solution without = solver.solve(p, needs, active, Set.of(), Set.of(c.code()));
                if (without.found()) {
                    replacement = p.objective().unscale(base.objective() - without.objective());
                    reasons.add(String.format(Locale.ROOT, "without it the best selection has %.2f less need", replacement));
                } else {
                    reasons.add("no selection satisfies the constraints without it");
                }
            }
            out.add(new Selection.Selected(c.code(), c.name(), i + 1, s.rank(), s.score(), need(c),
                    c.youngPeople(), c.costEur(), c.province(), c.policeUnit(), c.riec(),
                    domainContributions(s, domainOf), s.p90Flags(), replacement, reasons, way.id(), basis));
        }
        return out;
    }

    /** A chosen area's need on the pathway it came in by. */
    private double need(Candidate c) {
        return base.pathway(c.code()) == Pathway.PREVENTION ? p.objective().preventionNeed(c) : p.objective().need(c);
    }

    List<Selection.RunnerUp> runnersUp(Map<String, AreaScore> scores, int howMany) {
        Set<String> taken = new java.util.HashSet<>();
        base.chosen().forEach(c -> taken.add(c.code()));
        p.locked().forEach(c -> taken.add(c.code()));
        List<Candidate> rest = p.everyone().stream()
                .filter(c -> !taken.contains(c.code()) && !Double.isNaN(p.objective().need(c)))
                .sorted(Comparator.comparingDouble((Candidate c) -> -p.objective().need(c))).limit(howMany).toList();
        List<Selection.RunnerUp> out = new ArrayList<>();
        for (Candidate c : rest) {
            AreaScore s = scores.get(c.code());
            String filter = p.filteredOut().get(c.code());
            if (filter != null) {
                out.add(new Selection.RunnerUp(c.code(), c.name(), s.rank(), s.score(), p.objective().need(c),
                        List.of(ProblemBuilder.filterField(filter)), null, List.of("not a candidate: " + filter)));
                continue;
            }
            out.add(forcedIn(c, s));
        }
        return out;
    }

    private Selection.RunnerUp forcedIn(Candidate c, AreaScore s) {
        Set<String> in = Set.of(c.code());
        Solver.Solution forced = solver.solve(p, needs, active, in, Set.of());
        List<String> keptOutBy = new ArrayList<>();
        for (Family f : active) {
            EnumSet<Family> relaxed = EnumSet.copyOf(active);
            relaxed.remove(f);
            Solver.Solution r = solver.solve(p, needs, relaxed, in, Set.of());
            if (r.found() && (!forced.found() || r.objective() >= base.objective())) {
                keptOutBy.add(f.field());
            }
        }
        List<String> reasons = new ArrayList<>();
        Double loss = null;
        if (!forced.found()) {
            reasons.add("cannot be added without breaking " + (keptOutBy.isEmpty() ? "a combination of constraints"
                    : String.join(" and ", keptOutBy)));
        } else {
            loss = p.objective().unscale(base.objective() - forced.objective());
            if (loss == 0) {
                reasons.add("ties with the selection: an alternative optimum includes it");
            } else if (keptOutBy.isEmpty()) {
                keptOutBy.add("objective");
                reasons.add(String.format(Locale.ROOT, "forcing it in lowers total need by %.2f: what it would "
                        + "displace (under the constraints) needs more", loss));
            } else {
                reasons.add(String.format(Locale.ROOT, "kept out by %s; forcing it in lowers total need by %.2f",
                        String.join(" and ", keptOutBy), loss));
            }
        }
        return new Selection.RunnerUp(c.code(), c.name(), s.rank(), s.score(), p.objective().need(c), keptOutBy,
                loss, reasons);
    }

    /** Indicator contributions summed per domain, in framework order. */
    static Map<String, Double> domainContributions(AreaScore s, Map<String, String> domainOf) {
        Map<String, Double> out = new LinkedHashMap<>();
        s.contributions().forEach((indicator, v) -> out.merge(domainOf.getOrDefault(indicator, indicator), v, Double::sum));
        return out;
    }
}
