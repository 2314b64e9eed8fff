/**
 * Finding a gemeente, wijk or buurt by name or CBS code ({@code /api/search}), with the WGS84 box
 * the map zooms to.
 */
package nl.pmg.planner.search;
