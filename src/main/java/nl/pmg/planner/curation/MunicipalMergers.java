package nl.pmg.planner.curation;

import java.util.List;
import java.util.Map;

/**
 * Municipal reorganisations between an older division and the 2024 division (342 gemeenten),
 * as whole-municipality merges: the 2024 code and the older codes that form it. Haaren (GM0788),
 * split over four municipalities on 1 January 2021, is already absent from the 2021 division.
 */
final class MunicipalMergers {

    /** 2022 division (345, 1 Jan 2022) → 2024: Weesp joined Amsterdam on 24 March 2022; Voorne aan Zee 2023. */
    static final Map<String, List<String>> FROM_2022 = Map.of(
            "GM0363", List.of("GM0363", "GM0457"),
            "GM1992", List.of("GM0501", "GM0530", "GM0614"));

    /** 2021 division (352) → 2024: additionally Land van Cuijk, Maashorst and Dijk en Waard (2022). */
    static final Map<String, List<String>> FROM_2021 = Map.of(
            "GM0363", List.of("GM0363", "GM0457"),
            "GM1992", List.of("GM0501", "GM0530", "GM0614"),
            "GM1982", List.of("GM0756", "GM1684", "GM0786", "GM1702", "GM0815"),
            "GM1991", List.of("GM1685", "GM0856"),
            "GM1980", List.of("GM0398", "GM0416"));

    private MunicipalMergers() {
    }

    /**
     * The value of a 2024 municipality from older parts as a weighted mean (weights: each part's
     * denominator, e.g. households or inhabitants), or null when a part or weight is missing.
     * For per-inhabitant rates weighted by inhabitants this equals re-aggregating the counts.
     */
    static Double weightedMean(List<String> parts, Map<String, Double> values, Map<String, Double> weights) {
        double sum = 0;
        double weight = 0;
        for (String part : parts) {
            Double v = values.get(part);
            Double w = weights.get(part);
            if (v == null || w == null || w <= 0) {
                return null;
            }
            sum += v * w;
            weight += w;
        }
        return sum / weight;
    }

    /** The sum of the parts' counts, or null when a part is missing. */
    static Double sum(List<String> parts, Map<String, Double> counts) {
        double sum = 0;
        for (String part : parts) {
            Double v = counts.get(part);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }
}
