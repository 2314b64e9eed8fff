/**
 * Curation of the national open data in {@code ../shared/data} into {@code geodata/}: boundaries
 * reprojected to RD New, source variables per level, re-aggregation across municipal mergers, and
 * the programme files. Run by {@code geodata/rebuild.sh}.
 */
package nl.pmg.planner.ingest;
