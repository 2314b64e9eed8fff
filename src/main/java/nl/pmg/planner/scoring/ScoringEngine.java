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
        List<String> used = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<PreparedIndicator> prepared = new ArrayList<>();
        List<Domain> domains = framework.domains();
        double[] domainWeights = new double[domains.size()];

        for (int d = 0; d < domains.size(); d++) {
            Domain domain = domains.get(d);
            domainWeights[d] = domain.weight();
            int first = prepared.size();
            for (FrameworkIndicator indicator : domain.indicators()) {
                String id = indicator.indicatorId();
                IndicatorColumn column = input.columns().get(id);
                PreparedIndicator ready = null;
                if (column == null) {
                    warnings.add(id + ": not available at " + input.level() + " level, its weight goes to the other indicators of domain " + domain.id());
                } else {
                    ready = PreparationCache.prepare(indicator, d, column, input, options, warnings);
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
        if (prepared.isEmpty()) {
            warnings.add("no usable indicator at " + input.level() + " level: every area has NO_DATA");
        }

        Composite composite = Composite.compute(prepared, domainWeights, options.aggregation(), input.size());
        List<AreaScore> areas = AreaScores.assemble(input, framework, prepared, composite);
        return new ScoringResult(input.level(), areas, warnings, used, sortByFramework(dropped, framework),
                framework.id(), framework.version(), options);
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
