package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores every area of one level against a framework, following the OECD/JRC Handbook on Constructing
 * Composite Indicators: pre-process (coverage, smoothing, missing values, outliers), normalise, weight and
 * aggregate. The method and the default framework are argued in {@code scoring/METHOD.md}.
 *
 * <p>Thread-safe: one instance may serve every request. Pure computation on arrays; no I/O, no Spring, no
 * JSON. What does not depend on the weights (each indicator's prepared column) is kept in
 * {@link PreparationCache}, so rescoring with other weights costs the aggregation only.
 */
public final class ScoringEngine {

    /**
     * @return one {@link AreaScore} per input area, in input order, plus the warnings that say what was
     *         left out or repaired
     * @throws InvalidFramework      if the framework is invalid (see {@link Framework#validate()})
     * @throws NullPointerException  if an argument is {@code null}
     */
    public ScoringResult score(Framework framework, ScoringInput input, ScoringOptions options) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        framework.validate();

        List<String> warnings = new ArrayList<>();
        List<Domain> domains = framework.domains();
        double[] domainWeights = new double[domains.size()];
        boolean[] required = new boolean[domains.size()];
        for (int d = 0; d < domains.size(); d++) {
            domainWeights[d] = domains.get(d).weight();
            required[d] = domains.get(d).mandatory();
        }
        int ineligible = 0;
        for (int i = 0; i < input.size(); i++) {
            ineligible += input.isEligible(i) ? 0 : 1;
        }
        if (ineligible > 0) {
            warnings.add(ineligible + " of " + input.size() + " " + input.level() + " areas are not eligible (caller's "
                    + "threshold, e.g. too few residents or households): not ranked, flag NOT_ELIGIBLE");
        }
        Prepared run = prepareAll(framework, input, options, false);
        if (run.indicators().isEmpty() && run.anyConstant()) {
            // Few eligible areas can all share every value (one area always does): they then tie, rather than
            // the ranking going empty while eligible areas exist.
            run = prepareAll(framework, input, options, true);
            run.warnings().add("every eligible " + input.level() + " area has the same value on every usable indicator: "
                    + "they tie");
        }
        warnings.addAll(run.warnings());
        List<PreparedIndicator> prepared = run.indicators();
        List<String> used = run.used();
        List<String> dropped = run.dropped();
        if (prepared.isEmpty()) {
            warnings.add("no usable indicator at " + input.level() + " level: every area has NO_DATA");
        }

        Composite composite = Composite.compute(prepared, domainWeights, required, options.aggregation(), input.size());
        List<AreaScore> areas = AreaScores.assemble(input, framework, prepared, composite);
        for (int d = 0; d < domains.size(); d++) {
            if (required[d] && hasDomain(prepared, d)) {
                int unranked = AreaScores.missing(areas, domains.get(d), d);
                if (unranked > 0) {
                    warnings.add(unranked + " eligible " + input.level() + " areas have no value in required domain "
                            + domains.get(d).id() + ": not ranked, flag DOMAIN_MISSING (its weight is not handed to other domains)");
                }
            }
        }
        return new ScoringResult(input.level(), areas, warnings, used, sortByFramework(dropped, framework),
                framework.id(), framework.version(), options, effectiveWeights(prepared, domainWeights));
    }

    /**
     * Each used indicator's share of the score at this level: its domain's weight over the weights of the domains
     * that have a usable indicator, times its weight over its domain's usable indicators.
     */
    static java.util.Map<String, Double> effectiveWeights(List<PreparedIndicator> prepared, double[] domainWeights) {
        double[] inDomain = new double[domainWeights.length];
        for (PreparedIndicator p : prepared) {
            inDomain[p.domain()] += p.weight();
        }
        double total = 0;
        for (int d = 0; d < domainWeights.length; d++) {
            total += inDomain[d] > 0 ? domainWeights[d] : 0;
        }
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (PreparedIndicator p : prepared) {
            if (total > 0 && inDomain[p.domain()] > 0) {
                out.put(p.indicatorId(), domainWeights[p.domain()] / total * p.weight() / inDomain[p.domain()]);
            }
        }
        return out;
    }

    private static boolean hasDomain(List<PreparedIndicator> prepared, int domain) {
        return prepared.stream().anyMatch(p -> p.domain() == domain && p.weight() > 0);
    }


    /** The indicators of one preparation pass, with what it decided. */
    private record Prepared(List<PreparedIndicator> indicators, List<String> used, List<String> dropped,
                            List<String> warnings, boolean anyConstant) {
    }

    private static Prepared prepareAll(Framework framework, ScoringInput input, ScoringOptions options,
                                       boolean keepConstant) {
        List<String> warnings = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<PreparedIndicator> prepared = new ArrayList<>();
        boolean[] constant = new boolean[1];
        List<Domain> domains = framework.domains();
        for (int d = 0; d < domains.size(); d++) {
            Domain domain = domains.get(d);
            int first = prepared.size();
            for (FrameworkIndicator indicator : domain.indicators()) {
                String id = indicator.indicatorId();
                IndicatorColumn column = input.columns().get(id);
                PreparedIndicator ready = null;
                if (column == null) {
                    warnings.add(id + ": not available at " + input.level() + " level, its weight goes to the other indicators of domain " + domain.id());
                } else {
                    ready = PreparationCache.prepare(indicator, d, column, input, options, warnings, keepConstant,
                            constant);
                }
                if (ready == null) {
                    dropped.add(id);
                } else {
                    prepared.add(ready);
                    used.add(id);
                }
            }
            if (!hasPositiveWeight(prepared, first)) {
                warnings.add("domain " + domain.id() + ": no usable indicator with a positive weight at " + input.level()
                        + " level, its weight goes to the other domains");
                moveToDropped(prepared, first, used, dropped);
            }
        }
        return new Prepared(prepared, used, dropped, warnings, constant[0]);
    }

    private static boolean hasPositiveWeight(List<PreparedIndicator> prepared, int from) {
        for (int i = from; i < prepared.size(); i++) {
            if (prepared.get(i).weight() > 0) {
                return true;
            }
        }
        return false;
    }

    private static void moveToDropped(List<PreparedIndicator> prepared, int from, List<String> used, List<String> dropped) {
        while (prepared.size() > from) {
            String id = prepared.remove(prepared.size() - 1).indicatorId();
            used.remove(id);
            dropped.add(id);
        }
    }

    private static List<String> sortByFramework(List<String> ids, Framework framework) {
        List<String> sorted = new ArrayList<>(ids.size());
        for (Domain domain : framework.domains()) {
            for (FrameworkIndicator indicator : domain.indicators()) {
                if (ids.contains(indicator.indicatorId())) {
                    sorted.add(indicator.indicatorId());
                }
            }
        }
        return sorted;
    }
}
