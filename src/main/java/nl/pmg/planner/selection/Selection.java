package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;

/**
 * The answer to a selection request. {@code objective} is the total need of the added municipalities in
 * the objective's unit (index points, or index points × young people); {@code replacementCost} is how much
 * it drops if that area is excluded and the rest re-optimised. {@code dataVintage} is {@code latest} or the
 * as-of data set; {@code indicatorsFromLaterYears} are the framework's indicators that data set had to take
 * from a later year, {@code indicatorsNotAvailable} those it lacks (their weight spreads within the domain).
 */
public record Selection(String status, String objectiveKind, double objective, int add, List<String> lockedIn,
        long totalCostEur, List<Selected> selected, List<RunnerUp> runnersUp, List<String> activeConstraints,
        String frameworkId, String frameworkVersion, Map<String, Double> costModel, double solveMillis,
        String dataVintage, List<String> indicatorsFromLaterYears, List<String> indicatorsNotAvailable,
        Map<String, String> capCounting, PathwaySummary pathways) {

    /**
     * One added municipality, ranked by need within the selection. {@code pathway} is {@code severity} or
     * {@code prevention}; {@code pathwayBasis} gives the figures it came in on, {@code need} is its need on
     * that pathway.
     */
    public record Selected(String code, String name, int rank, int nationalRank, double score, double need,
            double youngPeople, long costEur, String province, String policeUnit, String riec,
            Map<String, Double> contributions, List<String> p90Flags, Double replacementCost, List<String> reasons,
            String pathway, PathwayBasis pathwayBasis) {
    }

    /**
     * Why an area is on its pathway: its score on that pathway (the risk index for severity, the prevention
     * score for prevention), its national rank on it, and the signals behind a prevention score
     * (indicator id → value in its unit, e.g. % per year).
     */
    public record PathwayBasis(double score, int rank, int of, Map<String, Double> signals) {
    }

    /**
     * The places reserved and taken per pathway, and the prevention framework used; null when the request
     * reserves no places (every area is then on the severity pathway).
     */
    public record PathwaySummary(int severityReserved, int preventionReserved, int severitySelected,
            int preventionSelected, String preventionFrameworkId, String preventionFrameworkVersion) {
    }

    /**
     * A high-need municipality that was not chosen. {@code keptOutBy} names the request fields that kept it
     * out ({@code objective} when it simply needs less than what it would displace); {@code objectiveLoss}
     * is the drop in total need if it were forced in (null when it cannot be).
     */
    public record RunnerUp(String code, String name, int nationalRank, double score, double need, List<String> keptOutBy,
            Double objectiveLoss, List<String> reasons) {
    }
}
