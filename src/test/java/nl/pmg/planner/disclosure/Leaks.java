package nl.pmg.planner.disclosure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pmg.planner.shared.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds area values in an answer that the caller may not see, in any format the service speaks:
 * <ul>
 *   <li>marker values (planted by the test as imported indicators) anywhere in the bytes — as text, or
 *       as an IEEE double in either byte order, which is how a GeoPackage stores them;</li>
 *   <li>numbers about a wijk or buurt: in JSON, any object whose {@code code}, {@code id} or
 *       {@code wijkCode} is a WK/BU code and any map keyed by such codes must carry no number outside
 *       the structural members (geometry, years, ranks of rows); in CSV and GeoPackage, rows whose
 *       {@code code} is a WK/BU code must have empty value columns; in HTML tables (the OGC API's HTML),
 *       rows about such an area must have no number;</li>
 *   <li>vector tiles carry code and name only: any other key or any value that is not a string fails;</li>
 *   <li>PDFs are read as text (PDFBox); in PDFs and CSVs markers are looked for as printed: rounded to 0 to 4
 *       decimals, Dutch or English separators, with at least three significant digits shown.</li>
 * </ul>
 */
final class Leaks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern DETAIL_CODE = Pattern.compile("(WK|BU)[0-9A-Z]{6,8}");
    /** Members that are numbers without being area values. */
    private static final Set<String> STRUCTURAL = Set.of("geometry", "coordinates", "bbox", "point", "year",
            "nplvSince", "startYear", "zoom", "numberMatched", "numberReturned", "limit", "offset",
            "programmeStartYear", "baselineYear", "k");

    private Leaks() {
    }

    /** Everything wrong with one answer; {@code own} is a gemeente whose detail the caller may see, or null. */
    static List<String> in(byte[] body, String contentType, List<Double> markers, String own) {
        List<String> found = new ArrayList<>();
        String type = contentType == null ? "" : contentType;
        for (double m : markers) {
            if (shows(body, type, m)) {
                found.add("marker value " + m);
            }
        }
        try {
            if (type.contains("json")) {
                json(JSON.readTree(body), "$", false, own, found);
            } else if (type.startsWith("text/csv")) {
                csv(new String(body, StandardCharsets.UTF_8), own, found);
            } else if (type.contains("geopackage")) {
                geopackage(body, own, found);
            } else if (type.startsWith("text/html")) {
                html(new String(body, StandardCharsets.UTF_8), own, found);
            } else if (type.startsWith("application/vnd.mapbox-vector-tile")) {
                for (var layer : nl.pmg.planner.features.MvtReader.layers(body)) {
                    if (!Set.of("code", "name").containsAll(layer.keys()) || layer.values().contains("<non-string>")) {
                        found.add("tile layer " + layer.name() + " carries keys " + layer.keys() + " and values that are not names");
                    }
                }
            }
        } catch (RuntimeException | IOException | SQLException e) {
            found.add("unreadable " + type + " answer: " + e);
        }
        return found;
    }

    /** Whether the answer shows the marker, in its bytes or (PDF) in its text as printed. */
    static boolean shows(byte[] body, String contentType, double marker) {
        if (contentType != null && contentType.startsWith("text/csv")) {
            // rounded numbers in cells, in either dialect (excel-nl: ';' and decimal comma)
            List<String> forms = printed(marker);
            return contains(body, marker) || new String(body, StandardCharsets.UTF_8).lines()
                    .flatMap(l -> java.util.Arrays.stream(l.split(l.contains(";") ? ";" : ",")))
                    .map(String::trim).anyMatch(forms::contains);
        }
        if (contentType != null && contentType.startsWith("application/pdf")) {
            String text = pdfText(body);
            return printed(marker).stream().anyMatch(p -> Pattern.compile("(?<![\\d.,])" + Pattern.quote(p)
                    + "(?![\\d]|[.,]\\d)").matcher(text).find());
        }
        return contains(body, marker);
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (IOException e) {
            return "unreadable PDF: " + e;
        }
    }

    /** How a number may be printed: 0 to 4 decimals, nl or en separators, grouped or not, ≥ 3 significant digits. */
    static List<String> printed(double marker) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d <= 4; d++) {
            java.math.BigDecimal r = java.math.BigDecimal.valueOf(marker).setScale(d, java.math.RoundingMode.HALF_EVEN);
            if (r.stripTrailingZeros().precision() < 3) {
                continue;
            }
            for (java.util.Locale l : List.of(java.util.Locale.forLanguageTag("nl-NL"), java.util.Locale.UK)) {
                for (boolean grouped : List.of(true, false)) {
                    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(l);
                    f.setMinimumFractionDigits(d);
                    f.setMaximumFractionDigits(d);
                    f.setGroupingUsed(grouped);
                    out.add(f.format(r));
                }
            }
        }
        return out;
    }

    static boolean contains(byte[] body, double marker) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.contains(plain(marker))) {
            return true;
        }
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            byte[] b = ByteBuffer.allocate(8).order(order).putDouble(marker).array();
            if (text.contains(new String(b, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    static String plain(double marker) {
        return java.math.BigDecimal.valueOf(marker).stripTrailingZeros().toPlainString();
    }

    private static boolean foreignDetail(String code, String own) {
        return code != null && DETAIL_CODE.matcher(code).matches()
                && (own == null || !code.startsWith(code.startsWith("WK") ? "WK" + own.substring(2)
                        : "BU" + own.substring(2)));
    }

    /** {@code about}: inside an object or map entry about a wijk/buurt the caller may not see in detail. */
    private static void json(JsonNode node, String path, boolean about, String own, List<String> found) {
        if (node.isObject()) {
            boolean here = about;
            for (String key : List.of("code", "id", "wijkCode", "areaCode")) {
                JsonNode k = node.get(key);
                if (k != null && k.isString() && foreignDetail(k.asString(), own)) {
                    here = true;
                }
            }
            for (var e : node.properties()) {
                if (STRUCTURAL.contains(e.getKey()) || e.getKey().startsWith("gemeente")) {
                    continue;
                }
                boolean keyedByArea = foreignDetail(e.getKey(), own);
                json(e.getValue(), path + "." + e.getKey(), here || keyedByArea, own, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(node.get(i), path + "[" + i + "]", about, own, found);
            }
        } else if (about && node.isNumber()) {
            found.add("number " + node + " about a wijk/buurt at " + path);
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

    /** HTML tables: a row about a wijk/buurt the caller may not see in detail has no number in any cell. */
    private static void html(String text, String own, List<String> found) {
        var rows = ROW.matcher(text);
        while (rows.find()) {
            List<String> cells = new ArrayList<>();
            var c = CELL.matcher(rows.group(1));
            while (c.find()) {
                cells.add(c.group(1).replaceAll("<[^>]+>", "").trim());
            }
            if (cells.stream().noneMatch(x -> foreignDetail(x, own))) {
                continue;
            }
            for (String cell : cells) {
                if (cell.matches("-?\\d+([.,]\\d+)?([eE]-?\\d+)?")) {
                    found.add("HTML row " + cells.get(0) + " has the number " + cell);
                }
            }
        }
    }

    private static void csv(String text, String own, List<String> found) {
        List<String> lines = text.replace("\uFEFF", "").lines().filter(l -> !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = Csv.parseLine(lines.get(0));
        int code = header.indexOf("code");
        if (code < 0) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.parseLine(line);
            if (cells.size() <= code || !foreignDetail(cells.get(code), own)) {
                continue;
            }
            for (int i = 0; i < cells.size() && i < header.size(); i++) {
                String h = header.get(i);
                if (!h.contains("year") && !h.equals("code") && cells.get(i).matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
                    found.add("CSV " + cells.get(code) + " has " + h + " = " + cells.get(i));
                }
            }
        }
    }

    private static void geopackage(byte[] body, String own, List<String> found) throws IOException, SQLException {
        Path file = Files.createTempFile("leaks-", ".gpkg");
        try {
            Files.write(file, body);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                        var meta = rs.getMetaData();
                        while (rs.next()) {
                            String code = rs.getString("code");
                            if (!foreignDetail(code, own)) {
                                continue;
                            }
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                Object v = rs.getObject(i);
                                if (v instanceof Double || v instanceof Float) {
                                    found.add("GeoPackage " + code + " has " + meta.getColumnName(i) + " = " + v);
                                }
                            }
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
