package nl.pmg.planner.calibration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calibration settings ({@code planner.calibration.*}).
 *
 * @param bootstrap       default bootstrap replicates
 * @param maxBootstrap    upper bound per request
 * @param permutations    default random choices for the permutation test
 * @param maxPermutations upper bound per request
 * @param seed            default seed
 * @param alpha           a choice counts as explained by the data when the permutation p-value is below this
 * @param threads         threads that run the bootstrap and permutation replicates
 */
@ConfigurationProperties("planner.calibration")
record CalibrationProperties(@DefaultValue("200") int bootstrap, @DefaultValue("2000") int maxBootstrap,
        @DefaultValue("199") int permutations, @DefaultValue("1999") int maxPermutations,
        @DefaultValue("20240101") long seed, @DefaultValue("0.05") double alpha, @DefaultValue("2") int threads) {
}
