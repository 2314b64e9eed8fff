/**
 * The imports at run time, into either store and all-or-nothing: an analyst's indicator table
 * (CSV, streamed) and the boundaries of another vintage (GeoPackage), over HTTP and as a command.
 */
package nl.pmg.planner.imports;
