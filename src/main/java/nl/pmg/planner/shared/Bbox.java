package nl.pmg.planner.shared;

import org.locationtech.jts.geom.Envelope;

/** Parses an OGC API {@code bbox} parameter: minLon,minLat,maxLon,maxLat in WGS84. */
public final class Bbox {

    private Bbox() {
    }

    public static Envelope parse(String parameter, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameter(parameter, "bbox needs four numbers: minLon,minLat,maxLon,maxLat.");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameter(parameter, "bbox value '" + Text.shorten(parts[i]) + "' is not a number.");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidParameter(parameter, "bbox values must be finite numbers.");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new InvalidParameter(parameter, "bbox lies outside -180..180 / -90..90 (WGS84 degrees).");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new InvalidParameter(parameter, "bbox minimum exceeds maximum.");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
