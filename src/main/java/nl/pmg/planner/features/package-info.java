/**
 * The open geodata service: CBS gemeenten, wijken and buurten as OGC API – Features (Parts 1 and 2: GeoJSON
 * and HTML, CRS84, EPSG:4326, EPSG:4258, RD New) and OGC API – Tiles (MVT in WebMercatorQuad and
 * NetherlandsRDNewQuad), with the landing page, conformance and tile matrix sets. One serving contract,
 * {@link nl.pmg.planner.features.FeatureEngine}, with two engines ({@code memory}, {@code postgis}); properties
 * and values are added here, through disclosure control; finished bodies are cached per URL and scope.
 */
package nl.pmg.planner.features;
