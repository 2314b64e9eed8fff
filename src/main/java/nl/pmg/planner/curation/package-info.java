/**
 * Curation of the national open data in {@code ../shared/data} into {@code geodata/}: boundaries
 * reprojected to RD New, source variables per level, re-aggregation across municipal mergers, the
 * as-of data sets and the programme files. Run by {@code geodata/rebuild.sh}, never by the service:
 * nothing here is a Spring bean, so it stays out of the service's start-up.
 */
package nl.pmg.planner.curation;
