/**
 * Curation of the national open data in {@code ../shared/data} into {@code geodata/}: boundaries
 * reprojected to RD New, source variables per level, re-aggregation across municipal mergers, and
 * the programme files. Run by {@code geodata/rebuild.sh}.
 * <p>
 * Also the imports at run time, into either store and all-or-nothing: an analyst's indicator table
 * (CSV, streamed) and the boundaries of another vintage (GeoPackage), over HTTP and as a command.
 */
package nl.pmg.planner.ingest;
