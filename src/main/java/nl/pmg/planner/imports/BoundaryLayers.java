package nl.pmg.planner.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.GpkgGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads and checks the three layers of a boundary GeoPackage; problems are recorded, not thrown. A division
 * is accepted only whole: all three layers, at least {@code minGemeenten} gemeenten, every gemeente with
 * wijken and every wijk with buurten, and every boundary a valid polygon (a self-intersecting boundary is a
 * broken file, not something to repair into a guess).
 */
final class BoundaryLayers {

    /** RD New's area of use, with a margin: a boundary outside it has a wrong or wrongly declared CRS. */
    private static final Envelope NETHERLANDS_RD = new Envelope(-10_000, 310_000, 280_000, 640_000);

    private final GeoPackage gp;
    private final int vintage;
    private final int minGemeenten;
    private final Problems problems;
    private final Map<String, Area> byCode = new HashMap<>();
    private long row;

    BoundaryLayers(GeoPackage gp, int vintage, int minGemeenten, Problems problems) {
        this.gp = gp;
        this.vintage = vintage;
        this.minGemeenten = minGemeenten;
        this.problems = problems;
    }

    void read(List<Area> areas) {
        List<String> tables = gp.getFeatureTables();
        for (Level level : Level.values()) {
            if (!tables.contains(level.id())) {
                problems.add(0, "layer", "the GeoPackage has no layer '" + level.id() + "' (found: "
                        + String.join(", ", tables) + "); a division needs gemeente, wijk and buurt");
            }
        }
        if (problems.any()) {
            return;
        }
        for (Level level : Level.values()) {
            layer(level, areas);
        }
        if (areas.isEmpty() && !problems.any()) {
            problems.add(0, "-", "the GeoPackage has no areas");
        }
        java.util.Set<String> parents = new HashSet<>();
        for (Area a : areas) {
            Area parent = a.parentCode() == null ? null : byCode.get(a.parentCode());
            if (a.level() != Level.GEMEENTE && (parent == null || parent.level().ordinal() != a.level().ordinal() - 1)) {
                problems.add(0, "code", a.code() + " names parent '" + a.parentCode() + "', which is not in the file");
            }
            if (a.parentCode() != null) {
                parents.add(a.parentCode());
            }
        }
        complete(areas, parents);
    }

    /** Every gemeente has wijken, every wijk buurten, and there are enough gemeenten for a national division. */
    private void complete(List<Area> areas, java.util.Set<String> parents) {
        long gemeenten = areas.stream().filter(a -> a.level() == Level.GEMEENTE).count();
        if (!problems.any() && gemeenten < minGemeenten) {
            problems.add(0, "gemeente", "the division has " + gemeenten + " gemeenten; a national division has at "
                    + "least " + minGemeenten + " (planner.imports.min-gemeenten)");
        }
        int reported = 0;
        for (Area a : areas) {
            if (a.level() != Level.BUURT && !parents.contains(a.code()) && reported++ < Problems.KEPT) {
                problems.add(0, "code", a.level().id() + " " + a.code() + " has no "
                        + (a.level() == Level.GEMEENTE ? "wijken" : "buurten") + " in the file");
            }
        }
    }

    private void layer(Level level, List<Area> areas) {
        FeatureDao dao = gp.getFeatureDao(level.id());
        SpatialReferenceSystem srs = dao.getSrs();
        int epsg = srs == null || srs.getOrganization() == null || !srs.getOrganization().equalsIgnoreCase("EPSG")
                ? -1 : (int) srs.getOrganizationCoordsysId();
        if (epsg <= 0) {
            problems.add(0, level.id(), "layer " + level.id() + " has no CRS (undefined SRS " + (srs == null ? "none"
                    : srs.getSrsId()) + "); declare e.g. EPSG:28992 or EPSG:4326");
            return;
        }
        Set<String> columns = new HashSet<>(List.of(dao.getColumnNames()));
        for (String col : required(level)) {
            if (!columns.contains(col)) {
                problems.add(0, col, "layer " + level.id() + " has no column '" + col + "'");
                return;
            }
        }
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), epsg);
        var rs = dao.queryForAll();
        try {
            while (rs.moveToNext()) {
                row++;
                Area a = area(level, rs.getRow(), columns, factory, epsg);
                if (a != null) {
                    areas.add(a);
                }
            }
        } finally {
            rs.close();
        }
    }

    private Area area(Level level, FeatureRow r, Set<String> columns, GeometryFactory factory, int epsg) {
        String code = text(r, "code");
        String where = level.id() + " " + code;
        for (String column : required(level)) {
            String v = text(r, column);
            if (IndicatorCsvImport.controlCharacter(v) >= 0 || v.length() > 500) {
                problems.add(row, column, level.id() + " row " + row + ": '" + column
                        + "' must be text of at most 500 characters without control characters");
                return null;
            }
        }
        if (code.isEmpty() || Level.ofCode(code).orElse(null) != level) {
            problems.add(row, "code", "'" + code + "' is not a " + level.id() + " code in layer " + level.id());
            return null;
        }
        if (byCode.containsKey(code)) {
            problems.add(row, "code", "duplicate area code " + code);
            return null;
        }
        if (columns.contains("vintage") && !text(r, "vintage").equals(String.valueOf(vintage))) {
            problems.add(row, "vintage", "mixed vintages: " + where + " has vintage '" + text(r, "vintage")
                    + "' in an import of vintage " + vintage);
            return null;
        }
        Geometry g;
        try {
            g = GpkgGeometry.read(r.getGeometry(), factory);
        } catch (RuntimeException e) {
            problems.add(row, "geom", where + " has an unreadable geometry");
            return null;
        }
        if (g == null || g.isEmpty()) {
            problems.add(row, "geom", where + " has no geometry");
            return null;
        }
        Geometry rd;
        try {
            rd = epsg == Crs.RD_NEW ? Crs.RD_FACTORY.createGeometry(g) : Crs.transform(g, epsg, Crs.RD_NEW);
        } catch (RuntimeException e) {
            problems.add(0, "crs", "EPSG:" + epsg + " cannot be transformed to RD New");
            return null;
        }
        if (!NETHERLANDS_RD.contains(rd.getEnvelopeInternal())) {
            problems.add(row, "geom", where + " lies outside the Netherlands in EPSG:28992; "
                    + "the declared CRS EPSG:" + epsg + " does not fit the coordinates");
            return null;
        }
        IsValidOp validity = new IsValidOp(rd);
        if (!validity.isValid()) {
            TopologyValidationError e = validity.getValidationError();
            problems.add(row, "geom", where + " has an invalid geometry: " + e.getMessage()
                    + (e.getCoordinate() == null ? "" : " near (" + Math.round(e.getCoordinate().x) + " "
                            + Math.round(e.getCoordinate().y) + ") in EPSG:28992"));
            return null;
        }
        MultiPolygon mp = GpkgGeometry.asValidMultiPolygon(rd);
        if (mp == null || mp.isEmpty()) {
            problems.add(row, "geom", where + " has no polygon area");
            return null;
        }
        String gm = level == Level.GEMEENTE ? code : text(r, "gm_code");
        String wk = switch (level) {
            case GEMEENTE -> null;
            case WIJK -> code;
            case BUURT -> text(r, "wk_code");
        };
        Area a = new Area(code, text(r, "name"), level, gm, wk, null, false, mp);
        byCode.put(code, a);
        return a;
    }

    private static String text(FeatureRow r, String column) {
        Object v = r.getValue(column);
        return v == null ? "" : v.toString().trim();
    }

    private static List<String> required(Level level) {
        return switch (level) {
            case GEMEENTE -> List.of("code", "name");
            case WIJK -> List.of("code", "name", "gm_code");
            case BUURT -> List.of("code", "name", "wk_code", "gm_code");
        };
    }
}
