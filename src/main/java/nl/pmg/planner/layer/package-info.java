/**
 * Every layer the map can colour — the indicator catalogue plus the default risk index and its
 * domains — as one catalogue with per-level values. The map, benchmarks and exports read values here.
 */
package nl.pmg.planner.layer;
