/**
 * Monitor: how programme municipalities develop after their start year compared with the most similar
 * non-programme municipalities, with a placebo interval from non-programme pseudo-starters. Descriptive
 * only — never a causal estimate. Settings: {@code planner.monitor.k} (default 5),
 * {@code planner.monitor.matching} (default population, urbanity, baseline_index, baseline_crime) and
 * {@code planner.monitor.interval} (default 0.9). Also: trend directions per gemeente for the map's arrows
 * ({@code Trends}) and the NPLV focus areas that map to exactly one wijk ({@code FocusAreaSeries}).
 */
package nl.pmg.planner.monitor;
