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
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.GpkgGeometry;

/**
 * Writes export rows as a one-layer GeoPackage in RD New (EPSG:28992), the CRS Dutch GIS users work
 * in and the one the boundaries are stored in, so no reprojection error is added. Indicator columns
 * are REAL, the rest TEXT (booleans as INTEGER 0/1, GeoPackage has no boolean on disk).
 */
final class GpkgExport {

    private static final String RD_NEW_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],"
            + "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
            + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
            + "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    private GpkgExport() {
    }

    /** Writes a new GeoPackage at {@code target} (which must not exist) with layer {@code table}. */
    static void write(Path target, String table, List<String> columns, List<String> indicators, List<ExportRow> rows)
            throws IOException, SQLException {
        GeoPackageManager.create(target.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(target.toFile())) {
            SpatialReferenceSystem rd = rdNew();
            gpkg.getSpatialReferenceSystemDao().create(rd);
            GeometryColumns gc = new GeometryColumns();
            gc.setTableName(table);
            gc.setColumnName("geom");
            gc.setGeometryType(GeometryType.MULTIPOLYGON);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(rd);
            List<FeatureColumn> cols = new ArrayList<>();
            for (String c : columns) {
                GeoPackageDataType type = indicators.contains(c) ? GeoPackageDataType.REAL
                        : c.equals("approximate_boundary") ? GeoPackageDataType.BOOLEAN : GeoPackageDataType.TEXT;
                cols.add(FeatureColumn.createColumn(c, type));
            }
            gpkg.createFeatureTable(FeatureTableMetadata.create(gc, cols));
            var dao = gpkg.getFeatureDao(table);
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

    private static SpatialReferenceSystem rdNew() {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("Amersfoort / RD New");
        srs.setSrsId(Crs.RD_NEW);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(Crs.RD_NEW);
        srs.setDefinition(RD_NEW_WKT);
        return srs;
    }

    static Path tempFile() throws IOException {
        Path dir = Files.createTempDirectory("pmg-export-");
        return dir.resolve("export.gpkg");
    }
}
