package nl.pmg.planner.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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

/**
 * Writes export rows as a one-layer GeoPackage in RD New (EPSG:28992), the CRS Dutch GIS users work
 * in and the one the boundaries are stored in, so no reprojection error is added. Indicator columns
 * are REAL, the rest TEXT (booleans as INTEGER 0/1, GeoPackage has no boolean on disk).
 */
final class GpkgExport {

    private GpkgExport() {
    }

    /** Writes a new GeoPackage at {@code target} (which must not exist) with layer {@code table}. */
    static void write(Path target, String table, List<String> columns, List<String> indicators, List<ExportRow> rows)
            throws IOException, SQLException {
        GeoPackageManager.create(target.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(target.toFile())) {
            SpatialReferenceSystem rd = GpkgTables.registerRdNew(gpkg);
            List<FeatureColumn> cols = new ArrayList<>();
            for (String c : columns) {
                GeoPackageDataType type = indicators.contains(c) ? GeoPackageDataType.REAL
                        : c.equals("approximate_boundary") ? GeoPackageDataType.BOOLEAN : GeoPackageDataType.TEXT;
                cols.add(FeatureColumn.createColumn(c, type));
            }
            var dao = GpkgTables.createMultiPolygonLayer(gpkg, table, rd, cols);
            gpkg.beginTransaction();
            for (ExportRow r : rows) {
                FeatureRow row = dao.newRow();
                if (r.area().geometryRd() != null) {
                    row.setGeometry(GpkgGeometry.write(r.area().geometryRd(), rd.getSrsId()));
                }
                for (String c : columns) {
                    row.setValue(c, r.attributes().get(c));
                }
                dao.create(row);
            }
            gpkg.endTransaction();
        }
    }

    static Path tempFile() throws IOException {
        Path dir = Files.createTempDirectory("pmg-export-");
        return dir.resolve("export.gpkg");
    }
}
