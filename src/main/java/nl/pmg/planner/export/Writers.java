package nl.pmg.planner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;

/** CSV (RFC 4180, in one of two dialects) and GeoJSON (RFC 7946, WGS84) writers. */
final class Writers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Writers() {
    }

    /**
     * The rows in dialect: the Excel dialect gets the labelled header (label, unit, source, year) and its
     * statuses and yes/no in words of lang; the plain dialect keeps column ids and ids as values.
     */
    static void csv(List<ExportRow> rows, ExportColumns columns, CsvDialect dialect, String lang, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (dialect.bom) {
            w.write('\uFEFF');
        }
        String sep = String.valueOf(dialect.separator);
        boolean words = dialect == CsvDialect.EXCEL_NL;
        w.write(String.join(sep, columns.columns().stream()
                .map(c -> dialect.cell(words ? c.header(lang) : c.id())).toList()));
        w.write("\r\n");
        for (ExportRow r : rows) {
            w.write(String.join(sep, columns.columns().stream()
                    .map(c -> dialect.cell(words ? word(c.id(), r.attributes().get(c.id()), lang) : r.attributes().get(c.id())))
                    .toList()));
            w.write("\r\n");
        }
        w.flush();
    }

    private static Object word(String column, Object v, String lang) {
        if (v instanceof Boolean b) {
            return nl.pmg.planner.shared.Texts.textIn(lang, b ? "export.yes" : "export.no");
        }
        if (column.endsWith("_status") && v != null) {
            return nl.pmg.planner.shared.Texts.textIn(lang, "export.status." + v);
        }
        return v;
    }

    static void geoJson(List<ExportRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            ExportRow r = rows.get(i);
            w.write(i == 0 ? "" : ",");
            w.write("{\"type\":\"Feature\",\"id\":" + JSON.writeValueAsString(r.area().code()) + ",\"geometry\":");
            w.write(r.area().geometryRd() == null ? "null" : multiPolygon(Crs.rdToWgs84(r.area().geometryRd())));
            w.write(",\"properties\":" + JSON.writeValueAsString(r.attributes()) + "}");
        }
        w.write("]}");
        w.flush();
    }

    /** Six decimals (about 10 cm): finer would only pretend precision the source does not have. */
    static String multiPolygon(Geometry g) {
        StringBuilder sb = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            sb.append(i == 0 ? "[" : ",[");
            ring(p.getExteriorRing(), sb);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sb.append(',');
                ring(p.getInteriorRingN(h), sb);
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }

    private static void ring(LineString ring, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < ring.getNumPoints(); i++) {
            var c = ring.getCoordinateN(i);
            sb.append(i == 0 ? "[" : ",[").append(round(c.x)).append(',').append(round(c.y)).append(']');
        }
        sb.append(']');
    }

    private static String round(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1e6), 6).stripTrailingZeros().toPlainString();
    }
}
