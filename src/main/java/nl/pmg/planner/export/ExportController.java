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

/**
 * {@code GET /api/exports/{collection}.{csv|geojson|gpkg}?indicators=a,b&gemeente=GM0983&bbox=…}: the
 * areas the map shows, as a download. Geometry is full resolution (no map generalisation): GeoJSON in
 * WGS84 as RFC 7946 requires, GeoPackage in RD New.
 */
@RestController
class ExportController {

    private static final Set<String> KNOWN = Set.of("indicators", "gemeente", "bbox");
    private static final Map<String, String> TYPES = Map.of("csv", "text/csv; charset=utf-8",
            "geojson", "application/geo+json", "gpkg", "application/geopackage+sqlite3");

    private final Areas areas;
    private final MapLayers layers;
    private final Disclosure disclosure;

    ExportController(Areas areas, MapLayers layers, Disclosure disclosure) {
        this.disclosure = disclosure;
        this.areas = areas;
        this.layers = layers;
    }

    @GetMapping("/api/exports/{collection}.{format}")
    void export(@PathVariable String collection, @PathVariable String format, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Level level = Level.ofCollection(collection).orElseThrow(() -> NotFound.collection(collection));
        if (!TYPES.containsKey(format)) {
            throw new InvalidParameter("format", "format must be csv, geojson or gpkg, not '" + Text.shorten(format) + "'.");
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: bbox, gemeente, indicators.");
            }
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
                .map(a -> ExportRow.of(a, indicators, values)).toList();
        List<String> columns = ExportRow.columns(indicators);

        String name = "pmg-" + collection + (gemeente == null ? "" : "-" + gemeente) + "." + format;
        response.setContentType(TYPES.get(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        switch (format) {
            case "csv" -> Writers.csv(rows, columns, response.getOutputStream());
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
