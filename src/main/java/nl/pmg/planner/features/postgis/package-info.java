/**
 * The PostGIS feature engine: selection (GiST), transformation, generalised coverages (table
 * {@code area_generalised}, computed once per set of boundaries) and GeoJSON/MVT encoding in PostgreSQL, from
 * the named SQL resources in {@code src/main/resources/nl/pmg/planner/features/postgis/}.
 */
package nl.pmg.planner.features.postgis;
