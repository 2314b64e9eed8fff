/**
 * Downloads of what the map shows ({@code /api/exports/{collection}.{csv|geojson|gpkg}}): the areas of a
 * level, optionally limited to a gemeente or bbox, with the chosen indicators as flat columns.
 */
package nl.pmg.planner.export;
