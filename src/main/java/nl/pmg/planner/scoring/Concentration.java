package nl.pmg.planner.scoring;

/**
 * How much of a parent's youth lives in the nation's highest-risk child areas: the measure that separates
 * a gemeente with one problem buurt from a gemeente with a problem spread thin.
 *
 * @param topChildAreas              child areas at or above the threshold percentile of the national run
 * @param youngPeople                inhabitants aged 15–25 in all children with a known count
 * @param youngPeopleInTopChildAreas inhabitants aged 15–25 in the top child areas
 * @param shareOfYoungPeople         {@code youngPeopleInTopChildAreas / youngPeople}, 0–1; {@code NaN} if
 *                                   the parent has no known young people
 */
public record Concentration(String parentCode, int topChildAreas, double youngPeople,
                            double youngPeopleInTopChildAreas, double shareOfYoungPeople) {
}
