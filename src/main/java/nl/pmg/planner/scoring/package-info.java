/**
 * Composite risk index: turns a matrix of areas × indicators into an explainable score per area, following
 * the OECD/JRC Handbook (pre-process, normalise, weight, aggregate). The engine ({@code ScoringEngine} and the
 * classes it calls) is pure logic, no I/O; {@code ScoringInputs}, {@code Scores} and the controller are its edge.
 * The method, the default framework ({@code scoring/default-framework.json}) and the residential lens
 * ({@code scoring/residential-framework.json}, {@link nl.pmg.planner.scoring.Lens}) are argued in
 * {@code scoring/METHOD.md}.
 *
 * <p>Input contract for callers: one {@link nl.pmg.planner.scoring.ScoringInput} per level, every array
 * aligned with its {@code codes}; one {@link nl.pmg.planner.scoring.IndicatorColumn} per indicator that
 * exists at that level (absent indicators are simply left out and re-weighted within their domain);
 * missing values are {@code NaN}, never 0; counts for rates go in {@code numerators}/{@code denominators}
 * with {@code value = numerator / denominator × rateScale}; {@code parentValues} feed IMPUTE_PARENT;
 * {@code fromParent} marks values that are the parent's (a buurt's wijk figure: flag FROM_PARENT, no p90 flag);
 * {@code youngPeople} is a count of inhabitants aged 15–25; {@code eligible} says which areas may be ranked (the
 * others are ignored, and coverage is counted over the eligible ones); {@code groups} (the gemeente of each area)
 * is what empirical-Bayes smoothing shrinks towards. A framework domain with {@code required} leaves an area
 * without it unranked (DOMAIN_MISSING). Every result reports the {@code effectiveWeights} of the level. Call
 * {@link nl.pmg.planner.scoring.ScoringEngine#score}, then {@link nl.pmg.planner.scoring.ParentAggregation} to
 * roll buurt scores up to gemeenten.
 */
package nl.pmg.planner.scoring;
