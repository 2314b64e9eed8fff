package nl.pmg.planner.scoring;

/**
 * Share of a level's areas that have a value for an indicator. An indicator known for only a few areas
 * would rank those few against each other and re-weight everyone else, so below a minimum it is left out.
 */
final class Coverage {

    private Coverage() {
    }

    /** Share (0–1) of non-missing values; 0 for an empty array. */
    static double share(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        int present = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                present++;
            }
        }
        return (double) present / values.length;
    }
}
