package nl.pmg.planner.scoring;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Turns the engine's column arrays into one {@link AreaScore} per area. The list is built on demand: ranks
 * and percentiles are worked out at once, each area's object (its maps of domain scores and contributions)
 * the first time it is read, then kept. A national rescore whose caller reads a few areas, or none (the
 * analyses that rescore thousands of times), does not pay for 14,566 buurt objects.
 */
final class AreaScores extends AbstractList<AreaScore> implements RandomAccess {

    private final ScoringInput input;
    private final List<Domain> domains;
    private final List<PreparedIndicator> indicators;
    private final Composite composite;
    private final int[] ranks;
    private final double[] percentiles;
    private final boolean[] present;
    private final AreaScore[] built;

    private AreaScores(ScoringInput input, Framework framework, List<PreparedIndicator> indicators, Composite composite) {
        this.input = input;
        this.domains = framework.domains();
        this.indicators = List.copyOf(indicators);
        this.composite = composite;
        this.ranks = Ranking.descendingRanks(composite.scores());
        this.percentiles = Ranking.percentileRanks(composite.scores());
        this.present = new boolean[domains.size()];
        for (PreparedIndicator indicator : this.indicators) {
            present[indicator.domain()] |= indicator.weight() > 0;
        }
        this.built = new AreaScore[input.size()];
    }

    static List<AreaScore> assemble(ScoringInput input, Framework framework, List<PreparedIndicator> indicators,
                                    Composite composite) {
        return new AreaScores(input, framework, indicators, composite);
    }

    @Override
    public int size() {
        return built.length;
    }

    /** Racing readers may both build an area; the objects are equal and immutable, so either may be kept. */
    @Override
    public AreaScore get(int a) {
        AreaScore s = built[Objects.checkIndex(a, built.length)];
        if (s == null) {
            s = build(a);
            built[a] = s;
        }
        return s;
    }

    /** An area's code without building its object, whichever list holds it. */
    static String code(List<AreaScore> areas, int a) {
        return areas instanceof AreaScores lazy ? lazy.input.codes().get(a) : areas.get(a).code();
    }

    /** An area's score without building its object, whichever list holds it. */
    static double score(List<AreaScore> areas, int a) {
        return areas instanceof AreaScores lazy ? lazy.composite.scores()[a] : areas.get(a).score();
    }

    /** An area's score percentile without building its object, whichever list holds it. */
    static double percentile(List<AreaScore> areas, int a) {
        return areas instanceof AreaScores lazy ? lazy.percentiles[a] : areas.get(a).percentile();
    }

    /**
     * How many areas miss domain {@code d} as their objects would say ({@code missingDomains}), worked out from
     * the arrays so that counting does not build every object; a plain list is counted object by object.
     */
    static int missing(List<AreaScore> areas, Domain domain, int d) {
        if (!(areas instanceof AreaScores lazy)) {
            return (int) areas.stream().filter(s -> s.missingDomains().contains(domain.id())).count();
        }
        double[][] domainScores = lazy.composite.domainScores();
        int n = 0;
        for (int a = 0; a < lazy.built.length; a++) {
            if (lazy.present[d] && lazy.input.isEligible(a) && Double.isNaN(domainScores[d][a]) && anyDomain(domainScores, a)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the area has a score in some domain (an area with none is NO_DATA, not missing a domain). */
    private static boolean anyDomain(double[][] domainScores, int a) {
        for (double[] scores : domainScores) {
            if (!Double.isNaN(scores[a])) {
                return true;
            }
        }
        return false;
    }

    private AreaScore build(int a) {
        double[] scores = composite.scores();
        boolean[] approximate = input.approximateBoundary();
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
            flags.removeAll(EnumSet.of(QualityFlag.MISSING, QualityFlag.SUPPRESSED));
            indicatorFlags = null;
            flags.add(QualityFlag.NOT_ELIGIBLE);
        } else if (domainScores.isEmpty()) {
            missingDomains.clear(); // nothing at all is known: that is NO_DATA, not a missing domain
            flags.add(QualityFlag.NO_DATA);
        } else if (!missingDomains.isEmpty()) {
            flags.add(QualityFlag.DOMAIN_MISSING);
        }
        return new AreaScore(input.codes().get(a), scores[a], ranks[a], percentiles[a],
                Collections.unmodifiableMap(domainScores), Collections.unmodifiableMap(contributions),
                Collections.unmodifiableList(p90Flags), Collections.unmodifiableSet(flags),
                indicatorFlags == null ? Map.of() : Collections.unmodifiableMap(indicatorFlags), missingDomains);
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
