package nl.pmg.planner.calibration;

import java.util.List;

/**
 * Body of {@code POST /api/calibrations}.
 *
 * @param rounds       the rounds to explain together, e.g. {@code ["2023"]} (required)
 * @param granularity  {@code DOMAIN} (default) or {@code INDICATOR}
 * @param bootstrap    bootstrap replicates for the intervals, default 200
 * @param permutations random choices for the "explained" test, default 199 (at least 19)
 * @param seed         seed of folds, bootstrap and permutations, default 20240101
 * @param save         save the calibrated framework (id {@code calibrated-<rounds>[-indicators]}, next version)
 *                     and this calibration; answered 201
 */
record CalibrationRequest(List<String> rounds, String granularity, Integer bootstrap, Integer permutations, Long seed,
        Boolean save) {

    boolean saving() {
        return Boolean.TRUE.equals(save);
    }
}
