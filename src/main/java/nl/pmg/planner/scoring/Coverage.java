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
        return share(values, null);
    }

    /**
     * Share (0–1) of the eligible areas that have a value; 0 when none is eligible. Ineligible areas are left out
     * of both counts: raising the eligibility threshold must not turn an indicator that every ranked area has
     * into one that is "missing" for most of the level.
     *
     * @param eligible {@code null} means every area
     */
    static double share(double[] values, boolean[] eligible) {
        int counted = 0;
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            if (eligible == null || eligible[i]) {
                counted++;
                if (!Double.isNaN(values[i])) {
                    present++;
                }
            }
        }
        return counted == 0 ? 0 : (double) present / counted;
    }
}
