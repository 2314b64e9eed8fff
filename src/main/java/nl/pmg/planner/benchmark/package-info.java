/**
 * A municipality against reference groups — all gemeenten, its province, and gemeenten of similar
 * population — per indicator, for the municipality view's benchmark panel.
 */
package nl.pmg.planner.benchmark;
