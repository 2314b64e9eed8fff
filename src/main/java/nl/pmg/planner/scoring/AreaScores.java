package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the engine's column arrays into one {@link AreaScore} per area. */
final class AreaScores {

    private AreaScores() {
    }

    static List<AreaScore> assemble(ScoringInput input, Framework framework, List<PreparedIndicator> indicators,
                                    Composite composite) {
        double[] scores = composite.scores();
        int[] ranks = Ranking.descendingRanks(scores);
        double[] percentiles = Ranking.percentileRanks(scores);
        List<Domain> domains = framework.domains();
        boolean[] present = new boolean[domains.size()];
        for (PreparedIndicator indicator : indicators) {
            present[indicator.domain()] |= indicator.weight() > 0;
        }
        boolean[] approximate = input.approximateBoundary();
        List<AreaScore> areas = new ArrayList<>(input.size());
        for (int a = 0; a < input.size(); a++) {
            Map<String, Double> domainScores = new LinkedHashMap<>();
            List<String> missingDomains = new ArrayList<>(0);
            boolean eligible = input.isEligible(a);
            for (int d = 0; d < domains.size(); d++) {
                double value = composite.domainScores()[d][a];
                if (!Double.isNaN(value)) {
                    domainScores.put(domains.get(d).id(), value);
                } else if (present[d] && eligible) {
                    missingDomains.add(domains.get(d).id());
                }
            }
            Map<String, Double> contributions = new LinkedHashMap<>();
            List<String> p90Flags = new ArrayList<>(0);
            Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
            Map<String, Set<QualityFlag>> indicatorFlags = null;
            for (int i = 0; i < indicators.size(); i++) {
                PreparedIndicator indicator = indicators.get(i);
                double contribution = composite.contributions()[i][a];
                if (!Double.isNaN(contribution)) {
                    contributions.put(indicator.indicatorId(), contribution);
                }
                if (PreparedIndicator.at(indicator.atFlagPercentile(), a)) {
                    p90Flags.add(indicator.indicatorId());
                }
                Set<QualityFlag> own = flagsOf(indicator, a);
                if (own != null) {
                    flags.addAll(own);
                    if (indicatorFlags == null) {
                        indicatorFlags = new LinkedHashMap<>();
                    }
                    indicatorFlags.put(indicator.indicatorId(), Collections.unmodifiableSet(own));
                }
            }
            if (approximate != null && approximate[a]) {
                flags.add(QualityFlag.APPROXIMATE_BOUNDARY);
            }
            if (!eligible) {
                // not ranked by the caller's rule: its (ignored) values say nothing about the data
                flags.removeAll(java.util.EnumSet.of(QualityFlag.MISSING, QualityFlag.SUPPRESSED));
                indicatorFlags = null;
                flags.add(QualityFlag.NOT_ELIGIBLE);
            } else if (domainScores.isEmpty()) {
                missingDomains.clear(); // nothing at all is known: that is NO_DATA, not a missing domain
                flags.add(QualityFlag.NO_DATA);
            } else if (!missingDomains.isEmpty()) {
                flags.add(QualityFlag.DOMAIN_MISSING);
            }
            areas.add(new AreaScore(input.codes().get(a), scores[a], ranks[a], percentiles[a],
                    Collections.unmodifiableMap(domainScores), Collections.unmodifiableMap(contributions),
                    Collections.unmodifiableList(p90Flags), Collections.unmodifiableSet(flags),
                    indicatorFlags == null ? Map.of() : Collections.unmodifiableMap(indicatorFlags), missingDomains));
        }
        return areas;
    }

    /** @return the indicator's flags for the area, or {@code null} if it has none (the common case, kept allocation-free) */
    private static Set<QualityFlag> flagsOf(PreparedIndicator indicator, int area) {
        boolean missing = Double.isNaN(indicator.values()[area]);
        boolean imputed = PreparedIndicator.at(indicator.imputed(), area);
        boolean smoothed = PreparedIndicator.at(indicator.smoothed(), area);
        boolean suppressed = PreparedIndicator.at(indicator.suppressed(), area);
        boolean fromParent = !missing && PreparedIndicator.at(indicator.fromParent(), area);
        if (!(missing || imputed || smoothed || suppressed || fromParent)) {
            return null;
        }
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (missing) {
            flags.add(QualityFlag.MISSING);
        }
        if (imputed) {
            flags.add(QualityFlag.IMPUTED);
        }
        if (smoothed) {
            flags.add(QualityFlag.SMOOTHED);
        }
        if (suppressed) {
            flags.add(QualityFlag.SUPPRESSED);
        }
        if (fromParent) {
            flags.add(QualityFlag.FROM_PARENT);
        }
        return flags;
    }
}
