package nl.pmg.planner.area;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One gemeente, wijk or buurt of the 2024 division. Codes are CBS codes; {@code wijkCode} is null
 * for gemeenten and wijken' own code for wijken. Geometry is RD New (EPSG:28992), or null for the
 * few buurten without a boundary. {@code regions} is the gemeente's, for every level.
 */
public record Area(String code, String name, Level level, String gemeenteCode, String wijkCode, Regions regions,
        boolean approximateBoundary, MultiPolygon geometryRd) {

    /** The code of the parent area one level up, or null for a gemeente. */
    public String parentCode() {
        return switch (level) {
            case GEMEENTE -> null;
            case WIJK -> gemeenteCode;
            case BUURT -> wijkCode;
        };
    }
}
