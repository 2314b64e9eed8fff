package nl.pmg.planner.features;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.locationtech.jts.geom.Envelope;

/**
 * A validated {@code bbox} (4 or 6 numbers; heights are ignored: the data is 2D) as envelopes in the
 * bbox CRS with x = longitude / easting, y = latitude / northing, whatever the CRS's axis order.
 * A geographic bbox whose west edge lies east of its east edge crosses the antimeridian and becomes
 * two parts. Geographic parts are clipped to a window around the Netherlands, so that engines never
 * project coordinates far outside RD New's domain; no area lies outside that window, so no match is lost.
 */
public record BboxFilter(OgcCrs crs, List<Envelope> parts) {

    /** Longitude/latitude window holding every area (European Netherlands with a wide margin). */
    static final Envelope WINDOW = new Envelope(1.0, 9.0, 49.0, 55.0);

    /** True when no area can match (e.g. a bbox on the other side of the world). */
    public boolean matchesNothing() {
        return parts.isEmpty();
    }

    public static BboxFilter parse(String text, OgcCrs crs) {
        String[] cells = text.split(",", -1);
        if (cells.length != 4 && cells.length != 6) {
            throw new InvalidParameter("bbox", "bbox needs four or six numbers (lower corner, upper corner), not "
                    + cells.length + ".");
        }
        double[] v = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            try {
                v[i] = Double.parseDouble(cells[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameter("bbox", "bbox value '" + Text.shorten(cells[i]) + "' is not a number.");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidParameter("bbox", "bbox values must be finite numbers.");
            }
        }
        int half = cells.length / 2; // with six numbers the third and sixth are heights
        double a1 = v[0];
        double a2 = v[1];
        double b1 = v[half];
        double b2 = v[half + 1];
        if (cells.length == 6 && v[2] > v[5]) {
            throw new InvalidParameter("bbox", "bbox minimum height exceeds maximum height.");
        }
        if (!crs.geographic()) {
            if (a1 > b1 || a2 > b2) {
                throw new InvalidParameter("bbox", "bbox minimum exceeds maximum.");
            }
            return new BboxFilter(crs, List.of(new Envelope(a1, b1, a2, b2)));
        }
        double west = crs.latLon() ? a2 : a1;
        double south = crs.latLon() ? a1 : a2;
        double east = crs.latLon() ? b2 : b1;
        double north = crs.latLon() ? b1 : b2;
        if (west < -180 || east > 180 || west > 180 || east < -180 || south < -90 || north > 90) {
            throw new InvalidParameter("bbox", "bbox lies outside -180..180 longitude / -90..90 latitude.");
        }
        if (south > north) {
            throw new InvalidParameter("bbox", "bbox south edge lies north of its north edge.");
        }
        List<Envelope> raw = west <= east ? List.of(new Envelope(west, east, south, north))
                : List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
        List<Envelope> parts = new ArrayList<>();
        for (Envelope e : raw) {
            Envelope clipped = e.intersection(WINDOW);
            if (!clipped.isNull()) {
                parts.add(clipped);
            }
        }
        return new BboxFilter(crs, List.copyOf(parts));
    }
}
