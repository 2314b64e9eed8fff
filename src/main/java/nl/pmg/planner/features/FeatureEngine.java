package nl.pmg.planner.features;

import java.util.List;
import nl.pmg.planner.area.Level;

/**
 * The one feature-serving contract, with two engines: {@code memory} (the embedded default: STRtree,
 * JTS, a Java MVT encoder) and {@code postgis} (GiST, ST_Transform, ST_AsGeoJSON, ST_AsMVT). Both
 * pass {@code FeatureEngineContract}. Geometry is served generalised for {@code band}, or in full
 * when the band is null; the caller adds the properties, which never come from an engine.
 */
public interface FeatureEngine {

    /**
     * One page of the areas of {@code level} matching {@code selection}, ordered by CBS code, with
     * their GeoJSON geometry in {@code crs} (axis order of the CRS) and the total number matched.
     */
    Page items(Level level, Selection selection, OgcCrs crs, ZoomBand band, int offset, int limit);

    /**
     * A Mapbox Vector Tile (version 2): one layer named after the collection, one polygon feature
     * per area meeting the tile, with the properties {@code code} and (see {@link TileBox#withNames()})
     * {@code name} only. Empty when no area meets the tile.
     */
    byte[] tile(Level level, TileBox box);

    /**
     * @param bbox null for no spatial filter
     * @param gemeente null for all gemeenten
     * @param code null for every area, else this one area
     */
    record Selection(BboxFilter bbox, String gemeente, String code) {
        public static final Selection ALL = new Selection(null, null, null);
    }

    record Page(long matched, List<Hit> hits) {
    }

    /** One feature's code and GeoJSON geometry ("null" when the area has no boundary). */
    record Hit(String code, String geometry) {
    }
}
