package nl.pmg.planner.selection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Selection settings ({@code planner.selection.*}). The cost defaults are placeholders, configurable
 * assumptions for comparing options — not programme facts: a fixed amount per joining municipality
 * (coordination, a programme lead) plus an amount per inhabitant aged 15–25 (reach of the interventions).
 *
 * @param fixedCostEur             cost of one joining municipality regardless of size, in euros
 * @param costPerYoungResidentEur  cost per inhabitant aged 15–25, in euros
 * @param maxDraws                 upper bound on Monte Carlo draws per request
 * @param solverTimeLimitSeconds   CP-SAT stops here and answers FEASIBLE instead of OPTIMAL
 * @param runnersUp                how many of the best areas not selected are explained
 */
@ConfigurationProperties("planner.selection")
record SelectionProperties(@DefaultValue("150000") double fixedCostEur,
        @DefaultValue("20") double costPerYoungResidentEur, @DefaultValue("10000") int maxDraws,
        @DefaultValue("10") double solverTimeLimitSeconds, @DefaultValue("5") int runnersUp) {

    static SelectionProperties defaults() {
        return new SelectionProperties(150_000, 20, 10_000, 10, 5);
    }
}
