package nl.pmg.planner.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.layer.MapLayers;
import nl.pmg.planner.shared.Bbox;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.locationtech.jts.geom.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import nl.pmg.planner.shared.Texts;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/exports/{collection}.{csv|geojson|gpkg}?indicators=a,b&gemeente=GM0983&bbox=…}: the
 * areas the map shows, as a download. Geometry is full resolution (no map generalisation): GeoJSON in
 * WGS84 as RFC 7946 requires, GeoPackage in RD New.
 */
@RestController
class ExportController {

    private static final Set<String> KNOWN = Set.of("indicators", "gemeente", "bbox", "dialect", "lang");
    private static final Map<String, String> TYPES = Map.of("csv", "text/csv; charset=utf-8",
            "geojson", "application/geo+json", "gpkg", "application/geopackage+sqlite3",
            "csvw", "application/csvm+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Areas areas;
    private final MapLayers layers;
    private final Disclosure disclosure;
    private final nl.pmg.planner.programme.Programme programme;

    ExportController(Areas areas, MapLayers layers, Disclosure disclosure,
            nl.pmg.planner.programme.Programme programme) {
        this.programme = programme;
        this.disclosure = disclosure;
        this.areas = areas;
        this.layers = layers;
    }

    @GetMapping("/api/exports/{collection}.{format}")
    void export(@PathVariable String collection, @PathVariable String format, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Level level = Level.ofCollection(collection).orElseThrow(() -> NotFound.collection(collection));
        if (!TYPES.containsKey(format)) {
            throw new InvalidParameter("format", "format must be csv, csvw, geojson or gpkg, not '" + Text.shorten(format) + "'.");
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name)
                        + "'; known: bbox, dialect, gemeente, indicators, lang.");
            }
        }
        CsvDialect dialect = request.getParameter("dialect") == null ? CsvDialect.PLAIN
                : CsvDialect.of(request.getParameter("dialect")).orElseThrow(() -> new InvalidParameter("dialect",
                        "dialect must be excel-nl (semicolon, decimal comma) or plain (comma, decimal point)."));
        String lang = request.getParameter("lang") == null ? Texts.lang(request) : request.getParameter("lang");
        if (!Texts.LANGUAGES.contains(lang)) {
            throw new InvalidParameter("lang", "lang must be nl or en.");
        }
        List<String> indicators = indicators(request.getParameter("indicators"));
        Map<String, Map<String, Published>> values = new LinkedHashMap<>();
        for (String id : indicators) {
            layers.require(id, level, "indicators");
            values.put(id, disclosure.values(id, level));
        }
        String gemeente = request.getParameter("gemeente");
        if (gemeente != null && areas.find(gemeente).filter(a -> a.level() == Level.GEMEENTE).isEmpty()) {
            throw new InvalidParameter("gemeente", "gemeente must be the CBS code of a 2024 gemeente, such as GM0983.");
        }
        Envelope bbox = request.getParameter("bbox") == null ? null : Bbox.parse("bbox", request.getParameter("bbox"));
        List<ExportRow> rows = areas.list(level).stream()
                .filter(a -> gemeente == null || a.gemeenteCode().equals(gemeente))
                .filter(a -> bbox == null || (a.geometryRd() != null && bbox.intersects(envelopeWgs84(a))))
                .map(a -> ExportRow.of(a, indicators, values,
                        code -> programme.member(code).map(nl.pmg.planner.programme.Member::tranche).orElse(null)))
                .toList();
        List<String> columns = ExportRow.columns(indicators);
        Map<String, nl.pmg.planner.indicator.Indicator> meta = new LinkedHashMap<>();
        indicators.forEach(id -> meta.put(id, layers.require(id, level, "indicators")));
        ExportColumns described = ExportColumns.of(columns, meta, lang);

        String name = fileName(collection, gemeente, indicators, format, dialect);
        response.setContentType(TYPES.get(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if ("csv".equals(format) && dialect == CsvDialect.PLAIN) {
            response.setHeader("Link", "<" + request.getRequestURI().replaceAll("\\.csv$", ".csvw") + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + ">; rel=\"describedby\"");
        }
        switch (format) {
            case "csv" -> Writers.csv(rows, described, dialect, lang, response.getOutputStream());
            case "csvw" -> JSON.writeValue(response.getOutputStream(), described.csvw(fileName(collection, gemeente, indicators, "csv", CsvDialect.PLAIN), lang));
            case "geojson" -> Writers.geoJson(rows, response.getOutputStream());
            default -> gpkg(level, columns, indicators, rows, response.getOutputStream());
        }
    }

    private static void gpkg(Level level, List<String> columns, List<String> indicators, List<ExportRow> rows,
            OutputStream out) throws IOException {
        Path file = GpkgExport.tempFile();
        try {
            GpkgExport.write(file, level.collection(), columns, indicators, rows);
            Files.copy(file, out);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write GeoPackage export", e);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    /**
     * "pmg-wijken-GM0983-crime_per_1000-2026-12-01.csv" (the Excel dialect ends in "-excel.csv"): what, where
     * and when, so a download explains itself.
     */
    static String fileName(String collection, String gemeente, List<String> indicators, String format, CsvDialect dialect) {
        String what = String.join("-", indicators.stream().limit(3).toList());
        String excel = "csv".equals(format) && dialect == CsvDialect.EXCEL_NL ? "-excel" : "";
        return "pmg-" + collection + (gemeente == null ? "" : "-" + gemeente) + (what.isEmpty() ? "" : "-" + what)
                + "-" + java.time.LocalDate.now() + excel + "." + ("csvw".equals(format) ? "csv-metadata.json" : format);
    }

    private static Envelope envelopeWgs84(Area a) {
        return Crs.rdToWgs84(Crs.RD_FACTORY.toGeometry(a.geometryRd().getEnvelopeInternal())).getEnvelopeInternal();
    }

    private static List<String> indicators(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
