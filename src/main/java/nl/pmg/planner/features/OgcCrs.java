package nl.pmg.planner.features;

import java.util.Arrays;
import java.util.List;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;

/**
 * The coordinate reference systems the features API serves and accepts (OGC API – Features Part 2).
 * Axis order follows each CRS's definition: CRS84 is longitude/latitude, EPSG:4326 and EPSG:4258 are
 * latitude/longitude, RD New (EPSG:28992) is x/y in metres. Geometry is stored in RD New.
 */
public enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7),
    WGS84("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7),
    ETRS89("http://www.opengis.net/def/crs/EPSG/0/4258", 4258, true, 7),
    RD_NEW("http://www.opengis.net/def/crs/EPSG/0/28992", 28992, false, 2);

    private final String uri;
    private final int srid;
    private final boolean latLon;
    private final int decimals;

    OgcCrs(String uri, int srid, boolean latLon, int decimals) {
        this.uri = uri;
        this.srid = srid;
        this.latLon = latLon;
        this.decimals = decimals;
    }

    public String uri() {
        return uri;
    }

    /** The EPSG code the coordinates are computed in (CRS84 and EPSG:4326 differ only in axis order). */
    public int srid() {
        return srid;
    }

    /** True when the first coordinate is the latitude (EPSG:4326, EPSG:4258). */
    public boolean latLon() {
        return latLon;
    }

    public boolean geographic() {
        return this != RD_NEW;
    }

    /** Decimals for full-detail coordinates: 7 for degrees (about 1 cm), 2 for metres. */
    public int decimals() {
        return decimals;
    }

    /**
     * Decimals for geometry generalised for {@code band} (null: full detail): about a tenth of the
     * band's tolerance, so rounding never shows but adds no false precision.
     */
    public int decimals(ZoomBand band) {
        if (band == null) {
            return decimals;
        }
        // degrees: 4 decimals ≈ 11 m (tolerances 375 and 187 m), 5 ≈ 1.1 m (47 m), 6 ≈ 0.1 m (12 m); metres likewise
        int extra = switch (band) {
            case Z7, Z8 -> 0;
            case Z10 -> 1;
            case Z12 -> 2;
        };
        return geographic() ? Math.min(decimals, 4 + extra) : Math.max(0, extra - 1);
    }

    public static List<String> uris() {
        return Arrays.stream(values()).map(OgcCrs::uri).toList();
    }

    /**
     * The CRS named by {@code text}: its URI, or the short forms {@code EPSG:28992} and
     * {@code [EPSG:28992]}; anything else is a 400 naming {@code parameter}.
     */
    public static OgcCrs parse(String parameter, String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        for (OgcCrs c : values()) {
            String shortForm = c == CRS84 ? "OGC:CRS84" : "EPSG:" + c.srid;
            if (c.uri.equals(t) || shortForm.equalsIgnoreCase(t) || c.uri.replace("http://", "https://").equals(t)) {
                return c;
            }
        }
        throw new InvalidParameter(parameter, "Unsupported " + parameter + " '" + Text.shorten(text)
                + "'; supported: " + String.join(", ", uris()) + ".");
    }
}
