/**
 * Composite risk index: turns a matrix of areas × indicators into an explainable score per area, following
 * the OECD/JRC Handbook (pre-process, normalise, weight, aggregate). Pure logic, no I/O; the method and the
 * default framework ({@code scoring/default-framework.json}) are argued in {@code scoring/METHOD.md}.
 *
 * <p>Input contract for callers: one {@link nl.pmg.planner.scoring.ScoringInput} per level, every array
 * aligned with its {@code codes}; one {@link nl.pmg.planner.scoring.IndicatorColumn} per indicator that
 * exists at that level (absent indicators are simply left out and re-weighted within their domain);
 * missing values are {@code NaN}, never 0; counts for rates go in {@code numerators}/{@code denominators}
 * with {@code value = numerator / denominator × rateScale}; {@code parentValues} feed IMPUTE_PARENT;
 * {@code youngPeople} is a count of inhabitants aged 15–25. Call
 * {@link nl.pmg.planner.scoring.ScoringEngine#score}, then
 * {@link nl.pmg.planner.scoring.ParentAggregation} to roll buurt scores up to gemeenten.
 */
package nl.pmg.planner.scoring;
