package nl.pmg.planner.uncertainty;

import java.util.List;

/**
 * What a selection depends on. {@code inputs} are the factors of the variance-based analysis in the order of
 * every {@code indices} list; {@code areas} are the areas of the base selection and every area selected in
 * at least one run.
 *
 * @param draws       model runs made ({@code baseSamples} × (inputs + 2))
 * @param portfolio   irreplaceability: how often each area is in the near-optimal selections
 */
public record SensitivityResult(int draws, int baseSamples, long seed, double weightSpread, List<Input> inputs,
        List<String> baseSelection, List<Area> areas, Portfolio portfolio, int infeasibleDraws, String dataVintage,
        String frameworkId, String frameworkVersion, List<String> notes, double millis) {

    /**
     * @param probability share of the 2N runs of A and B in which the area is selected
     * @param ranges      one-at-a-time weight ranges per domain (base selection only; empty otherwise)
     * @param indices     first-order and total index per input; empty when the area is selected in all runs or none
     */
    public record Area(String code, String name, boolean inBase, double probability, List<WeightRange> ranges,
            List<InputIndex> indices, Double irreplaceability) {
    }

    /** One input: a domain weight ({@code domain} set) or a method choice with its {@code options}. */
    public record Input(String id, String kind, String domain, List<String> options) {
    }

    /**
     * An area's one-at-a-time range for one domain: the shares of the domain weights, around the current one,
     * over which it stays selected; {@code low} 0 or {@code high} 1 mean it stays selected to that end.
     */
    public record WeightRange(String domain, double current, double low, double high) {
    }

    public record InputIndex(String input, double first, double firstLow, double firstHigh, double total, double totalLow,
            double totalHigh) {
    }

    /**
     * @param gap       the admitted shortfall from the optimal total need, as a share
     * @param complete  false when {@code solutions} hit the limit and the shares cover only those found first
     */
    public record Portfolio(double gap, double optimum, double bound, int solutions, boolean complete) {
    }
}
