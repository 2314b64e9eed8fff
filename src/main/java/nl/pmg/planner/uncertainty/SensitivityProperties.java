package nl.pmg.planner.uncertainty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sensitivity analysis settings ({@code planner.sensitivity.*}).
 *
 * @param draws           default model runs for the variance-based indices
 * @param maxDraws        upper bound per request
 * @param maxSolutions    upper bound on the near-optimal selections enumerated per request
 * @param threads         threads that run the model in parallel (each CP-SAT solve is single-threaded)
 */
@ConfigurationProperties("planner.sensitivity")
record SensitivityProperties(@DefaultValue("2000") int draws, @DefaultValue("20000") int maxDraws,
        @DefaultValue("50000") int maxSolutions, @DefaultValue("2") int threads) {
}
