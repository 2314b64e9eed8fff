package nl.pmg.planner.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of one area, with everything needed to explain it.
 *
 * @param score          composite index, higher is riskier; {@code NaN} when the area has no usable indicator
 * @param rank           1 = highest risk at this level, ties share the best rank; 0 when score is {@code NaN}
 * @param percentile     percentile rank of the score among scored areas, 0–100, 100 = highest risk;
 *                       {@code NaN} when score is {@code NaN}
 * @param domainScores   domain id → domain score, in framework order, for the domains the area has values in
 * @param contributions  indicator id → contribution, in framework order; they add up to {@code score}
 *                       (within 1e-9); indicators the area has no value for are absent
 * @param p90Flags       ids of indicators on which the area is at or above the flag percentile (default the
 *                       90th) of risk at this level, as the CDC Social Vulnerability Index flags them
 * @param qualityFlags   data-quality facts about the score as a whole
 * @param indicatorFlags indicator id → the quality flags of that indicator for this area (IMPUTED, SMOOTHED,
 *                       SUPPRESSED, MISSING, FROM_PARENT); only indicators with at least one flag appear
 * @param missingDomains ids of domains the level has but this area has no value in (flag DOMAIN_MISSING), in
 *                       framework order; empty for an ineligible area, which is not scored at all
 */
public record AreaScore(String code, double score, int rank, double percentile, Map<String, Double> domainScores,
                        Map<String, Double> contributions, List<String> p90Flags, Set<QualityFlag> qualityFlags,
                        Map<String, Set<QualityFlag>> indicatorFlags, List<String> missingDomains) {

    public AreaScore {
        missingDomains = missingDomains == null ? List.of() : List.copyOf(missingDomains);
    }

    /** An area that misses no domain. */
    public AreaScore(String code, double score, int rank, double percentile, Map<String, Double> domainScores,
                     Map<String, Double> contributions, List<String> p90Flags, Set<QualityFlag> qualityFlags,
                     Map<String, Set<QualityFlag>> indicatorFlags) {
        this(code, score, rank, percentile, domainScores, contributions, p90Flags, qualityFlags, indicatorFlags, List.of());
    }
}
