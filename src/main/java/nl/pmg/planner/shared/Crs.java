package nl.pmg.planner.shared;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The two coordinate reference systems of the service: geometry is stored in RD New (EPSG:28992)
 * and served in WGS84 (EPSG:4326, x = longitude, y = latitude). Transforms use proj4j with the
 * EPSG parameters including the Bessel-to-WGS84 datum shift, accurate to about a metre.
 */
public final class Crs {

    public static final int RD_NEW = 28992;
    public static final int WGS84 = 4326;

    public static final GeometryFactory RD_FACTORY = new GeometryFactory(new PrecisionModel(), RD_NEW);
    public static final GeometryFactory WGS84_FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem RD = CRS_FACTORY.createFromName("EPSG:28992");
    private static final CoordinateReferenceSystem LONLAT = CRS_FACTORY.createFromName("EPSG:4326");

    private Crs() {
    }

    /** Returns a copy of an RD New geometry in WGS84; the input is not changed. */
    public static Geometry rdToWgs84(Geometry rd) {
        return transform(rd, RD, LONLAT, WGS84_FACTORY);
    }

    /** Returns a copy of a WGS84 (lon/lat) geometry in RD New; the input is not changed. */
    public static Geometry wgs84ToRd(Geometry lonLat) {
        return transform(lonLat, LONLAT, RD, RD_FACTORY);
    }

    /** Transforms between any two EPSG codes proj4j knows, e.g. for imported GeoPackages. */
    public static Geometry transform(Geometry g, int fromEpsg, int toEpsg) {
        var target = toEpsg == WGS84 ? WGS84_FACTORY : toEpsg == RD_NEW ? RD_FACTORY
                : new GeometryFactory(new PrecisionModel(), toEpsg);
        return transform(g, crs(fromEpsg), crs(toEpsg), target);
    }

    private static final java.util.Map<Integer, CoordinateReferenceSystem> BY_EPSG = new java.util.concurrent.ConcurrentHashMap<>();

    /** proj4j parses its EPSG file on every createFromName, so each CRS is made once. */
    private static CoordinateReferenceSystem crs(int epsg) {
        return BY_EPSG.computeIfAbsent(epsg, e -> e == RD_NEW ? RD : e == WGS84 ? LONLAT : CRS_FACTORY.createFromName("EPSG:" + e));
    }

    private static Geometry transform(Geometry g, CoordinateReferenceSystem from, CoordinateReferenceSystem to,
            GeometryFactory factory) {
        // proj4j transforms keep per-call state, so each call gets its own.
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(from, to);
        Geometry copy = factory.createGeometry(g);
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(factory.getSRID());
        return copy;
    }
}
