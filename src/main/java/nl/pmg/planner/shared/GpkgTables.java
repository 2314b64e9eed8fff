package nl.pmg.planner.shared;

import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

/** Creating GeoPackage layers the way every writer here needs them: MultiPolygon, 2D, in a given SRS. */
public final class GpkgTables {

    private static final String RD_NEW_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],"
            + "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
            + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
            + "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    private GpkgTables() {
    }

    /** EPSG:28992 as a GeoPackage SRS; NGA has no built-in definition for it. */
    public static SpatialReferenceSystem rdNew() {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("Amersfoort / RD New");
        srs.setSrsId(Crs.RD_NEW);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(Crs.RD_NEW);
        srs.setDefinition(RD_NEW_WKT);
        return srs;
    }

    /** Registers RD New in the GeoPackage unless it is there already, and returns it. */
    public static SpatialReferenceSystem registerRdNew(GeoPackage gp) {
        try {
            SpatialReferenceSystem rd = rdNew();
            if (gp.getSpatialReferenceSystemDao().queryForId(rd.getSrsId()) == null) {
                gp.getSpatialReferenceSystemDao().create(rd);
            }
            return rd;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot register EPSG:28992 in the GeoPackage", e);
        }
    }

    /** Creates a MultiPolygon layer with column {@code geom} and the given attribute columns. */
    public static FeatureDao createMultiPolygonLayer(GeoPackage gp, String table, SpatialReferenceSystem srs,
            List<FeatureColumn> columns) {
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(table);
        gc.setColumnName("geom");
        gc.setGeometryType(GeometryType.MULTIPOLYGON);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        gp.createFeatureTable(FeatureTableMetadata.create(gc, columns));
        return gp.getFeatureDao(table);
    }
}
