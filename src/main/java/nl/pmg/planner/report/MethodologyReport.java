package nl.pmg.planner.report;

import java.util.List;
import java.util.Map;
import nl.pmg.planner.calibration.RoundExplanations;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.uncertainty.SensitivityResult;

/**
 * Everything a methodology report states about one scenario, in the order of the OECD/JRC steps. Built from
 * the scenario's request, its data, the framework and seeded analyses only, so the same inputs give the same
 * report (the map's geometry is drawn from the area catalogue when rendering).
 */
record MethodologyReport(String scenarioId, String name, String description, String createdAt, String createdBy,
        boolean builtIn, Reproduce reproduce, Framework framework, ScoringOptions options, List<IndicatorLine> indicators,
        int gemeentenScored, int candidates, int add, String objective, List<Named> lockedIn, List<Card> selected,
        List<String> activeConstraints, String constraintsJson, List<String> indicatorsFromLaterYears,
        List<String> indicatorsNotAvailable, SensitivityResult sensitivity, List<RoundExplanations.Explanation> rounds,
        List<Named> actuallyChosen, Map<String, Double> scores, List<String> notes) {

    /**
     * What reruns the report: the framework's id and version, the data set and the SHA-256 of its files, the
     * seed and size of the analyses, and the SHA-256 of the request as run.
     */
    record Reproduce(String frameworkId, String frameworkVersion, String dataVintage, String dataChecksum, long seed,
            int draws, double weightSpread, double gap, String requestChecksum, String calibrationSeeds) {
    }

    /**
     * One framework indicator at gemeente level on the scenario's data: its effective weight (0 when left
     * out), how many of the gemeenten have a value, and how many values were missing, withheld or smoothed.
     */
    record IndicatorLine(String id, String labelNl, String labelEn, String domain, String direction,
            double effectiveWeight, String source, String year, boolean used, int withValue, int missing,
            int suppressed, int smoothed, boolean fromLaterYear) {
    }

    record Named(String code, String name) {
    }

    /**
     * A selected gemeente: score and national rank, the contribution of each domain to the score, its p90
     * flags, replacement cost, how often the sensitivity runs select it and how often the near-optimal
     * selections contain it, its one-at-a-time weight ranges, and its pathway ({@code severity} or
     * {@code prevention}; null when the scenario reserves no places).
     */
    record Card(String code, String name, double score, int nationalRank, Map<String, Double> domainContributions,
            List<String> p90Flags, Double replacementCost, Double probability, Double irreplaceability,
            List<SensitivityResult.WeightRange> ranges, String pathway) {
    }
}
