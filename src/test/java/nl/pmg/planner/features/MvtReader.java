package nl.pmg.planner.features;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the tests need from a Mapbox Vector Tile: per layer its name, keys, string values and
 * feature count (protobuf wire format read by hand, so the test does not trust the encoder under test).
 */
public final class MvtReader {

    public record Layer(String name, List<String> keys, List<String> values, int features, int extent) {
    }

    private final byte[] b;
    private int pos;

    private MvtReader(byte[] b, int from) {
        this.b = b;
        this.pos = from;
    }

    public static List<Layer> layers(byte[] tile) {
        List<Layer> out = new ArrayList<>();
        MvtReader r = new MvtReader(tile, 0);
        while (r.pos < tile.length) {
            long tag = r.varint();
            if (tag >> 3 == 3 && (tag & 7) == 2) {
                int len = (int) r.varint();
                out.add(layer(tile, r.pos, r.pos + len));
                r.pos += len;
            } else {
                r.skip((int) (tag & 7));
            }
        }
        return out;
    }

    private static Layer layer(byte[] b, int from, int to) {
        MvtReader r = new MvtReader(b, from);
        String name = null;
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int features = 0;
        int extent = 4096;
        while (r.pos < to) {
            long tag = r.varint();
            int field = (int) (tag >> 3);
            if ((tag & 7) == 2) {
                int len = (int) r.varint();
                if (field == 1) {
                    name = new String(b, r.pos, len, StandardCharsets.UTF_8);
                } else if (field == 2) {
                    features++;
                } else if (field == 3) {
                    keys.add(new String(b, r.pos, len, StandardCharsets.UTF_8));
                } else if (field == 4) {
                    MvtReader v = new MvtReader(b, r.pos);
                    long vt = v.varint();
                    if (vt >> 3 == 1) {
                        int vl = (int) v.varint();
                        values.add(new String(b, v.pos, vl, StandardCharsets.UTF_8));
                    } else {
                        values.add("<non-string>");
                    }
                }
                r.pos += len;
            } else if (field == 5) {
                extent = (int) r.varint();
            } else {
                r.skip((int) (tag & 7));
            }
        }
        return new Layer(name, keys, values, features, extent);
    }

    private long varint() {
        long v = 0;
        int shift = 0;
        while (true) {
            int x = b[pos++] & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    private void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> pos += (int) varint();
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("wire type " + wireType);
        }
    }
}
