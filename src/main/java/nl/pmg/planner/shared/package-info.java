/**
 * The few things every feature shares: the two coordinate reference systems, GeoPackage and CSV
 * helpers, the location of the shipped data, and RFC 9457 problem types with their single mapping.
 */
package nl.pmg.planner.shared;
