package nl.pmg.planner.uncertainty;

import java.util.List;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.MissingPolicy;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.selection.SelectionRequest;

/**
 * Body of {@code POST /api/selections/sensitivity}.
 *
 * @param selection       the selection to analyse: the body of {@code POST /api/selections} (required); a
 *                        scenario's {@code request} can be passed as is
 * @param draws           model runs for the variance-based indices, default 2,000 (N·(p + 2) with p inputs)
 * @param seed            seed of the samples, default 20240101
 * @param weightSpread    each domain weight is multiplied by U[1 − spread, 1 + spread], default 0.25
 * @param normalisations  drawn uniformly, default all four
 * @param aggregations    drawn uniformly, default both
 * @param missingPolicies drawn uniformly, default both
 * @param gap             near-optimal portfolio: selections within this share of the optimal total need, default 0.01
 * @param maxSolutions    at most this many near-optimal selections, default 5,000
 */
public record SensitivityRequest(SelectionRequest selection, Integer draws, Long seed, Double weightSpread,
        List<Normalisation> normalisations, List<Aggregation> aggregations, List<MissingPolicy> missingPolicies,
        Double gap, Integer maxSolutions) {
}
