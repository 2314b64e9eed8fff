/**
 * Areas served as OGC API – Features style collections ({@code gemeenten}, {@code wijken},
 * {@code buurten}): GeoJSON in WGS84, generalised by zoom, with indicator values and programme
 * status as flat properties.
 */
package nl.pmg.planner.features;
