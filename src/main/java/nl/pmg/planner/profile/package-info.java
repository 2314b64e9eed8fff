/**
 * The gebiedsprofiel: one gemeente on A4 (map with legend, key figures against benchmarks, priority areas,
 * monitor chart, sources and date) as a PDF, for a council meeting. Everything in it passes the disclosure
 * path: a visitor gets the public gemeente-level profile, a user with detail rights also the wijken.
 */
package nl.pmg.planner.profile;
