package nl.pmg.planner.features;

import java.util.Arrays;
import java.util.Optional;

/**
 * The generalisation bands: each is computed once for a whole level as a coverage (shared borders
 * stay shared) with a tolerance of half a screen pixel at the band's lowest Web Mercator zoom, at
 * the latitude of the Netherlands (52.2°: {@value #METRES_PER_PIXEL_Z0} m per pixel at zoom 0).
 * Zoom 14 and closer get the full geometry.
 */
public enum ZoomBand {
    Z7(7, 7), Z8(8, 9), Z10(10, 11), Z12(12, 13);

    /** Ground metres per 256-pixel-tile pixel at zoom 0 and 52.2° N (156,543 m × cos 52.2°). */
    public static final double METRES_PER_PIXEL_Z0 = 95_960;

    private final int minZoom;
    private final int maxZoom;

    ZoomBand(int minZoom, int maxZoom) {
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** The id stored with the generalised geometry: the band's lowest zoom. */
    public int id() {
        return minZoom;
    }

    /** Simplification tolerance in RD metres: half a pixel at the band's lowest zoom. */
    public double toleranceM() {
        return 0.5 * METRES_PER_PIXEL_Z0 / (1L << minZoom);
    }

    /** The band drawn at a Web Mercator zoom; empty (full geometry) from zoom 14 on. */
    public static Optional<ZoomBand> forZoom(int zoom) {
        return Arrays.stream(values()).filter(b -> zoom <= b.maxZoom || (b == Z7 && zoom < Z7.minZoom)).findFirst();
    }

    /** The band for a ground resolution in metres per pixel (any tile matrix set). */
    public static Optional<ZoomBand> forResolution(double metresPerPixel) {
        int zoom = (int) Math.floor(Math.log(METRES_PER_PIXEL_Z0 / metresPerPixel) / Math.log(2) + 1e-9);
        return forZoom(zoom);
    }

    public static Optional<ZoomBand> ofId(int id) {
        return Arrays.stream(values()).filter(b -> b.minZoom == id).findFirst();
    }
}
