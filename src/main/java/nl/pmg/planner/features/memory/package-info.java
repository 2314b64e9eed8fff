/**
 * The embedded default's feature engine: areas in memory with an STRtree per level, coverage bands computed
 * in the background at start-up, proj4j transforms, GeoJSON and Mapbox Vector Tiles written in Java.
 */
package nl.pmg.planner.features.memory;
