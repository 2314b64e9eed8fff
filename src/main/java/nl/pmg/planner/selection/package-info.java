/**
 * Selection planner: which municipalities should join the programme, given the current members, a budget
 * and the wish for regional spread — solved exactly with OR-Tools CP-SAT, explained per area, stress-tested
 * by Monte Carlo over the index's weights and methods, and followed by each municipality's priority wijken
 * and buurten (top k and local Moran's I hot spots). {@code POST /api/selections} is the entry point;
 * {@code asOf} reruns it on the data as known in spring 2023, and {@code /api/scenarios} saves, lists and
 * compares selections, including the built-in replay of the 2023 expansion.
 */
package nl.pmg.planner.selection;
