/**
 * Bounded heavy work: CP-SAT solves, uncertainty runs and the other requests that take seconds of CPU go
 * through one bounded executor per instance, so that they cannot starve the map's reads. What does not fit
 * is refused at once with 429 and a Retry-After, never queued without bound.
 */
package nl.pmg.planner.work;
