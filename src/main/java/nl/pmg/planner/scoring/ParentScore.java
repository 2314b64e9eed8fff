package nl.pmg.planner.scoring;

/**
 * A parent area's score as the population-weighted mean of its children's scores.
 *
 * @param score            Σ population·score / Σ population over scored children with a known, positive
 *                         population; {@code NaN} if there is none
 * @param childAreas       number of child areas of this parent in the run
 * @param scoredChildAreas how many of them entered the mean
 * @param population       inhabitants of all children with a known population
 * @param scoredPopulation inhabitants of the children that entered the mean; compare with
 *                         {@code population} to see how much of the parent the score covers
 */
public record ParentScore(String parentCode, double score, int childAreas, int scoredChildAreas,
                          double population, double scoredPopulation) {
}
