package nl.pmg.planner.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Bridges GeoPackage geometry blobs (NGA) and JTS geometries through WKB. */
public final class GpkgGeometry {

    private GpkgGeometry() {
    }

    /** Reads a GeoPackage geometry as JTS, or null when the row has no geometry. */
    public static Geometry read(GeoPackageGeometryData data, GeometryFactory factory) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        try {
            return new WKBReader(factory).read(data.getWkb());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("unreadable geometry: " + e.getMessage(), e);
        }
    }

    /** Wraps a JTS geometry as GeoPackage geometry data with an envelope, in the given SRS. */
    public static GeoPackageGeometryData write(Geometry g, long srsId) {
        try {
            return GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, new WKBWriter(2).write(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Repairs an invalid polygonal geometry and returns it as a MultiPolygon (polygon parts only),
     * so every stored area has one geometry type. Returns null when nothing polygonal remains.
     */
    public static MultiPolygon asValidMultiPolygon(Geometry g) {
        Geometry valid = g.isValid() ? g : GeometryFixer.fix(g);
        GeometryFactory f = g.getFactory();
        java.util.List<Polygon> parts = new java.util.ArrayList<>();
        for (int i = 0; i < valid.getNumGeometries(); i++) {
            Geometry part = valid.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            } else if (part instanceof Polygonal && part instanceof MultiPolygon mp) {
                for (int j = 0; j < mp.getNumGeometries(); j++) {
                    parts.add((Polygon) mp.getGeometryN(j));
                }
            }
        }
        return parts.isEmpty() ? null : f.createMultiPolygon(parts.toArray(Polygon[]::new));
    }
}
