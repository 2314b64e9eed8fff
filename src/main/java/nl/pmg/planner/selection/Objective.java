package nl.pmg.planner.selection;

/**
 * What "total need" means. CP-SAT needs integer coefficients, so needs are scaled and rounded:
 * {@code SCORE} uses round(score × 1000) (a rounding error of at most 0.0005 index points per area),
 * {@code SCORE_X_YOUNG_PEOPLE} uses round(score × young people) (at most 0.5 of a young person-point).
 */
public enum Objective {
    SCORE(1000), SCORE_X_YOUNG_PEOPLE(1);

    private final double scale;

    Objective(double scale) {
        this.scale = scale;
    }

    /** The need of one area in its natural unit; {@code NaN} when it cannot be computed. */
    double need(Candidate c) {
        return this == SCORE ? c.score() : c.score() * c.youngPeople();
    }

    long coefficient(Candidate c) {
        return Math.round(need(c) * scale);
    }

    /** The need of an area on the prevention pathway: its prevention score in place of the index score. */
    double preventionNeed(Candidate c) {
        return this == SCORE ? c.preventionScore() : c.preventionScore() * c.youngPeople();
    }

    long preventionCoefficient(Candidate c) {
        return Math.round(preventionNeed(c) * scale);
    }

    double unscale(long coefficientSum) {
        return coefficientSum / scale;
    }
}
