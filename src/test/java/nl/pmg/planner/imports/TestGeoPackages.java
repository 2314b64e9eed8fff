package nl.pmg.planner.imports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.pmg.planner.shared.GpkgGeometry;
import nl.pmg.planner.shared.GpkgTables;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Writes small boundary GeoPackages for import tests: one layer per call, features as WKT. */
public final class TestGeoPackages {

    /** One feature: attribute values in the layer's column order, then the boundary as WKT. */
    public record Feature(List<String> values, String wkt) {
    }

    private final GeoPackage gp;

    private TestGeoPackages(GeoPackage gp) {
        this.gp = gp;
    }

    /** Creates a GeoPackage; {@code fill} adds layers. */
    public static Path create(Path file, java.util.function.Consumer<TestGeoPackages> fill) throws Exception {
        Files.deleteIfExists(file);
        File f = GeoPackageManager.create(file.toFile());
        try (GeoPackage gp = GeoPackageManager.open(f)) {
            fill.accept(new TestGeoPackages(gp));
        }
        return file;
    }

    /** Adds a layer in EPSG {@code epsg} (28992 or 4326), or with the undefined SRS 0 when epsg is 0. */
    public TestGeoPackages layer(String table, int epsg, List<String> columns, List<Feature> features) {
        try {
            SpatialReferenceSystem srs = switch (epsg) {
                case 28992 -> GpkgTables.registerRdNew(gp);
                case 0 -> gp.getSpatialReferenceSystemDao().queryForId(0L);
                default -> gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", epsg);
            };
            List<FeatureColumn> cols = new ArrayList<>();
            for (String c : columns) {
                cols.add(FeatureColumn.createColumn(c, GeoPackageDataType.TEXT, false, null));
            }
            var dao = GpkgTables.createMultiPolygonLayer(gp, table, srs, cols);
            for (Feature feature : features) {
                FeatureRow row = dao.newRow();
                Geometry g = new WKTReader().read(feature.wkt());
                row.setGeometry(GpkgGeometry.write(g, srs.getSrsId()));
                for (int i = 0; i < columns.size(); i++) {
                    row.setValue(columns.get(i), feature.values().get(i));
                }
                dao.create(row);
            }
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A square of {@code size} degrees (or metres) at (x, y), as a WKT MultiPolygon. */
    public static String square(double x, double y, double size) {
        return "MULTIPOLYGON(((" + x + " " + y + ", " + (x + size) + " " + y + ", " + (x + size) + " " + (y + size)
                + ", " + x + " " + (y + size) + ", " + x + " " + y + ")))";
    }
}
