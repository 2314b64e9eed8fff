package nl.pmg.planner.print;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A choropleth as SVG from geometry in RD New (EPSG:28992, metres): areas filled, optional outlines, fitted
 * to a frame with the map's north up, and a scale bar (RD is a conformal projection in metres, so one bar
 * holds for the whole map of a gemeente). Geometry is ours; nothing is fetched.
 */
public final class SvgMap {

    /** One area: its fill (#rrggbb, or null for no data) and whether it is drawn with a heavy outline (the focus). */
    public record Shape(String code, Geometry geometryRd, String fill, boolean emphasised) {
    }

    public static final String NO_DATA = "#b0b0b0";

    private SvgMap() {
    }

    /**
     * The SVG element (width × height in px at 96 dpi), the frame fitted to {@code extent} (RD metres) with a
     * margin, the shapes in order (later on top), a scale bar bottom left and a north arrow.
     */
    public static String svg(List<Shape> shapes, Envelope extent, int width, int height, String label) {
        Envelope e = new Envelope(extent);
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.04);
        double scale = Math.min(width / e.getWidth(), height / e.getHeight());
        double ox = (width - e.getWidth() * scale) / 2;
        double oy = (height - e.getHeight() * scale) / 2;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Pdf.escape(label)).append("\">");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#f4f4f1\"/>");
        for (boolean emphasisPass : new boolean[] {false, true}) {
            for (Shape s : shapes) {
                if (s.geometryRd() == null || s.emphasised() != emphasisPass || !s.geometryRd().getEnvelopeInternal().intersects(e)) {
                    continue;
                }
                sb.append("<path d=\"");
                path(s.geometryRd(), e, scale, ox, oy, sb);
                sb.append("\" fill=\"").append(emphasisPass && s.fill() == null ? "none" : s.fill() == null ? NO_DATA : s.fill())
                        .append("\" fill-rule=\"evenodd\" stroke=\"").append(emphasisPass ? "#111111" : "#ffffff")
                        .append("\" stroke-width=\"").append(emphasisPass ? "2.2" : "0.6").append("\"/>");
            }
        }
        scaleBar(e, scale, height, sb);
        sb.append("</svg>");
        return sb.toString();
    }

    /** SVG path data of a (multi)polygon, rings closed, y flipped (RD north is up, SVG y runs down). */
    static void path(Geometry g, Envelope e, double scale, double ox, double oy, StringBuilder sb) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                ring(p.getExteriorRing().getCoordinates(), e, scale, ox, oy, sb);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(p.getInteriorRingN(h).getCoordinates(), e, scale, ox, oy, sb);
                }
            }
        }
    }

    private static void ring(Coordinate[] cs, Envelope e, double scale, double ox, double oy, StringBuilder sb) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < cs.length; i++) {
            double x = ox + (cs[i].x - e.getMinX()) * scale;
            double y = oy + (e.getMaxY() - cs[i].y) * scale;
            if (i > 0 && Math.abs(x - lastX) < 0.3 && Math.abs(y - lastY) < 0.3 && i < cs.length - 1) {
                continue; // below a third of a pixel: invisible, and it keeps the file small
            }
            sb.append(i == 0 ? 'M' : 'L').append(format(x)).append(' ').append(format(y));
            lastX = x;
            lastY = y;
        }
        sb.append('Z');
    }

    /** A bar of 1, 2 or 5 × 10ⁿ metres, about a fifth of the frame wide. */
    static void scaleBar(Envelope e, double scale, int height, StringBuilder sb) {
        double target = e.getWidth() / 5;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = power;
        for (double m : new double[] {5, 2, 1}) {
            if (m * power <= target) {
                metres = m * power;
                break;
            }
        }
        double px = metres * scale;
        String text = metres >= 1000 ? format(metres / 1000).replace('.', ',') + " km" : (int) metres + " m";
        int y = height - 14;
        sb.append("<rect x=\"6\" y=\"").append(y - 16).append("\" width=\"").append(format(px + 58)).append("\" height=\"24\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
        sb.append("<rect x=\"12\" y=\"").append(y).append("\" width=\"").append(format(px)).append("\" height=\"3\" fill=\"#1f2328\"/>");
        sb.append("<rect x=\"12\" y=\"").append(y - 5).append("\" width=\"2\" height=\"8\" fill=\"#1f2328\"/>");
        sb.append("<rect x=\"").append(format(10 + px)).append("\" y=\"").append(y - 5).append("\" width=\"2\" height=\"8\" fill=\"#1f2328\"/>");
        sb.append("<text x=\"").append(format(18 + px)).append("\" y=\"").append(y + 4)
                .append("\" font-size=\"10\" font-family=\"").append(Pdf.FONT).append("\" fill=\"#1f2328\">").append(text).append("</text>");
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
