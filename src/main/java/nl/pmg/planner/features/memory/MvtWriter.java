package nl.pmg.planner.features.memory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes one Mapbox Vector Tile layer (specification 2.1) of polygon features with string
 * properties. Geometry comes in the tile's CRS, already clipped; it is scaled to the tile grid (y
 * down), rounded, rid of repeated points, and rings are oriented as the specification asks
 * (exterior positive area in tile coordinates, holes negative). Rings that collapse are dropped.
 * (mapbox-vector-tile-java 25.1.0 needs Java 21; the service runs on 17, hence this small encoder.)
 */
final class MvtWriter {

    private final String name;
    private final int extent;
    private final Envelope tile;
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> values = new LinkedHashMap<>();
    private final ByteArrayOutputStream features = new ByteArrayOutputStream();
    private int count;

    MvtWriter(String name, int extent, Envelope tile) {
        this.name = name;
        this.extent = extent;
        this.tile = tile;
    }

    /** Adds a polygonal feature; returns false when nothing of it is left at tile resolution. */
    boolean add(Geometry polygonal, Map<String, String> properties) {
        List<Integer> commands = new ArrayList<>();
        int[] cursor = {0, 0};
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (polygonal.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                int mark = commands.size();
                if (!ring(p.getExteriorRing(), true, commands, cursor)) {
                    commands.subList(mark, commands.size()).clear();
                    continue;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(p.getInteriorRingN(h), false, commands, cursor);
                }
            }
        }
        if (commands.isEmpty()) {
            return false;
        }
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : properties.entrySet()) {
            int key = keys.indexOf(e.getKey());
            if (key < 0) {
                keys.add(e.getKey());
                key = keys.size() - 1;
            }
            varint(tags, key);
            varint(tags, values.computeIfAbsent(e.getValue(), v -> values.size()));
        }
        bytes(f, 2, tags.toByteArray());
        tag(f, 3, 0);
        varint(f, 3); // POLYGON
        ByteArrayOutputStream geometry = new ByteArrayOutputStream();
        commands.forEach(c -> varint(geometry, c));
        bytes(f, 4, geometry.toByteArray());
        bytes(features, 2, f.toByteArray());
        count++;
        return true;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The whole tile: one layer (Tile.layers is field 3). */
    byte[] toTile() {
        if (count == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        tag(layer, 15, 0);
        varint(layer, 2);
        bytes(layer, 1, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        layer.writeBytes(features.toByteArray());
        for (String k : keys) {
            bytes(layer, 3, k.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String v : values.keySet()) {
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            bytes(value, 1, v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            bytes(layer, 4, value.toByteArray());
        }
        tag(layer, 5, 0);
        varint(layer, extent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes(out, 3, layer.toByteArray());
        return out.toByteArray();
    }

    private boolean ring(LineString ring, boolean exterior, List<Integer> commands, int[] cursor) {
        Coordinate[] cs = ring.getCoordinates();
        int[] xs = new int[cs.length];
        int[] ys = new int[cs.length];
        int n = 0;
        double sx = extent / tile.getWidth();
        double sy = extent / tile.getHeight();
        for (int i = 0; i < cs.length - 1; i++) { // the closing point is implied by ClosePath
            int x = (int) Math.round((cs[i].x - tile.getMinX()) * sx);
            int y = (int) Math.round((tile.getMaxY() - cs[i].y) * sy);
            if (n == 0 || x != xs[n - 1] || y != ys[n - 1]) {
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        while (n > 1 && xs[n - 1] == xs[0] && ys[n - 1] == ys[0]) {
            n--;
        }
        long area2 = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            area2 += (long) xs[i] * ys[j] - (long) xs[j] * ys[i];
        }
        if (n < 3 || area2 == 0) {
            return false;
        }
        boolean reverse = exterior ? area2 < 0 : area2 > 0;
        commands.add(command(1, 1));
        for (int k = 0; k < n; k++) {
            int i = reverse ? (n - k) % n : k;
            if (k == 1) {
                commands.add(command(2, n - 1));
            }
            commands.add(zigzag(xs[i] - cursor[0]));
            commands.add(zigzag(ys[i] - cursor[1]));
            cursor[0] = xs[i];
            cursor[1] = ys[i];
        }
        commands.add(command(7, 1));
        return true;
    }

    private static int command(int id, int count) {
        return (id & 0x7) | (count << 3);
    }

    private static int zigzag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static void tag(ByteArrayOutputStream out, int field, int wireType) {
        varint(out, (field << 3) | wireType);
    }

    private static void bytes(ByteArrayOutputStream out, int field, byte[] data) {
        tag(out, field, 2);
        varint(out, data.length);
        out.writeBytes(data);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value & 0xFFFFFFFFL;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
