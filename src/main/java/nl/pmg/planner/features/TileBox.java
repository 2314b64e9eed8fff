package nl.pmg.planner.features;

import org.locationtech.jts.geom.Envelope;

/**
 * One tile to encode: its extent in the tile matrix set's CRS ({@code srid}), the generalisation
 * band for its resolution (null: full geometry), and the MVT grid: {@value #EXTENT} units a side
 * with a {@value #BUFFER}-unit buffer, so strokes at tile edges join up.
 */
public record TileBox(int srid, Envelope envelope, ZoomBand band) {

    public static final int EXTENT = 4096;
    public static final int BUFFER = 64;

    public static TileBox of(TileMatrixSet tms, int level, int row, int col) {
        return new TileBox(tms.srid(), tms.tileEnvelope(level, row, col),
                ZoomBand.forResolution(tms.groundMetresPerPixel(level)).orElse(null));
    }

    /**
     * Names are written from band Z10 (Web Mercator zoom 10, about 94 m per pixel) on: in a national view
     * thousands of buurten a few pixels wide share a tile and their names would be most of its bytes; the
     * map asks for the name of the one area under the pointer instead.
     */
    public boolean withNames() {
        return band == null || band.id() >= ZoomBand.Z10.id();
    }

    /** The extent grown by the buffer, for selecting and clipping. */
    public Envelope buffered() {
        Envelope e = new Envelope(envelope);
        e.expandBy(envelope.getWidth() * BUFFER / EXTENT, envelope.getHeight() * BUFFER / EXTENT);
        return e;
    }
}
