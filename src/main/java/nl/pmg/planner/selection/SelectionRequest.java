package nl.pmg.planner.selection;

import java.util.List;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.Normalisation;

/**
 * Body of {@code POST /api/selections} and {@code POST /api/selections/uncertainty}. Omitted
 * {@code framework} means the default framework, omitted {@code constraints} means none, omitted
 * {@code lockedIn} means the programme as it stood on {@code asOf} (today without it; an explicit empty list
 * means none), omitted {@code objective} means {@code SCORE}. The last five fields are read by the uncertainty run only.
 *
 * @param level          only {@code gemeente} (wijken and buurten come from the priority-areas request)
 * @param add            how many municipalities to add, at least 1
 * @param draws          Monte Carlo draws, default 1,000
 * @param seed           seed of the draws, default 20240101, so that repeated runs agree
 * @param concentration  Dirichlet concentration around the chosen weights, default 50 (higher = closer)
 * @param normalisations methods drawn from uniformly; default all four
 * @param aggregations   methods drawn from uniformly; default both
 * @param asOf           ISO date: score on the data as known then (see {@link Vintages}); omitted = latest
 */
public record SelectionRequest(String level, List<String> lockedIn, Integer add, Objective objective,
        Constraints constraints, Framework framework, Integer draws, Long seed, Double concentration,
        List<Normalisation> normalisations, List<Aggregation> aggregations, String asOf) {

    /** This request with the framework and locked-in municipalities it actually ran with spelled out. */
    public SelectionRequest asRun(Framework usedFramework, List<String> usedLockedIn) {
        return new SelectionRequest(level, usedLockedIn, add, objective, constraints, usedFramework, draws, seed,
                concentration, normalisations, aggregations, asOf);
    }

    public SelectionRequest withoutUncertainty() {
        return new SelectionRequest(level, lockedIn, add, objective, constraints, framework, null, null, null, null, null,
                asOf);
    }
}
