package nl.pmg.planner.features.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.features.TileBox;
import nl.pmg.planner.features.ZoomBand;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Vector tiles in Java: each area's geometry, already in the tile matrix set's CRS, is clipped to
 * the buffered tile and written by {@link MvtWriter} with the properties {@code code} and
 * {@code name} only, in code order.
 */
final class MemoryTiles {

    /** The area's geometry for a band in an EPSG CRS. */
    interface Geometries {
        Geometry in(Area area, ZoomBand band, int srid);
    }

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Geometries geometries;

    MemoryTiles(Geometries geometries) {
        this.geometries = geometries;
    }

    byte[] encode(String layer, List<Area> areas, TileBox box) {
        Envelope clip = box.buffered();
        Geometry clipPolygon = FACTORY.toGeometry(clip);
        MvtWriter writer = new MvtWriter(layer, TileBox.EXTENT, box.envelope());
        for (Area a : areas) {
            if (a.geometryRd() == null) {
                continue;
            }
            Geometry g = geometries.in(a, box.band(), box.srid());
            Envelope e = g.getEnvelopeInternal();
            if (!e.intersects(clip)) {
                continue;
            }
            Geometry clipped = clip.contains(e) ? g : OverlayNGRobust.overlay(g, clipPolygon, OverlayNG.INTERSECTION);
            if (clipped.isEmpty()) {
                continue;
            }
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("code", a.code());
            if (box.withNames()) {
                properties.put("name", a.name());
            }
            writer.add(clipped, properties);
        }
        return writer.toTile();
    }
}
