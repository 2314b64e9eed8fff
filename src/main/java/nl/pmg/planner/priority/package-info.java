/**
 * Priority areas inside one municipality: its top wijken and buurten and the local Moran's I hot spots,
 * the second stage after {@code selection} picks municipalities. {@code GET /api/selections/{code}/priority-areas}
 * is the entry point.
 */
package nl.pmg.planner.priority;
