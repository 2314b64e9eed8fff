package nl.pmg.planner.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.store.ImportRun;
import nl.pmg.planner.store.Store;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports over HTTP ({@code /api/imports}). A CSV body is streamed straight from the request; a
 * multipart upload takes the file in part {@code file} and an optional JSON sidecar in part
 * {@code metadata}. 201 with the run, or 422 problem+json listing row, field and reason.
 */
@RestController
class ImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_FILE_NAME = 255;

    private final IndicatorCsvImport indicators;
    private final BoundaryImport boundaries;
    private final Store store;

    ImportController(IndicatorCsvImport indicators, BoundaryImport boundaries, Store store) {
        this.indicators = indicators;
        this.boundaries = boundaries;
        this.store = store;
    }

    @PostMapping(path = "/api/imports/indicators", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<ImportRun> csv(HttpServletRequest request,
            @RequestParam(name = "fileName", defaultValue = "upload.csv") String fileName) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return created(indicators.run(in, checkedFileName("fileName", fileName), user(request), Map.of()));
        }
    }

    @PostMapping(path = "/api/imports/indicators", consumes = "multipart/form-data")
    ResponseEntity<ImportRun> upload(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @RequestPart(name = "metadata", required = false) MultipartFile metadata) throws IOException {
        String fileName = checkedFileName("file", file.getOriginalFilename());
        Map<String, String> sidecar = metadata == null ? Map.of() : sidecar(metadata.getBytes());
        try (InputStream in = file.getInputStream()) {
            return created(indicators.run(in, fileName, user(request), sidecar));
        }
    }

    @PostMapping(path = "/api/imports/boundaries", consumes = "multipart/form-data")
    ResponseEntity<ImportRun> boundaries(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @RequestParam("vintage") int vintage) throws IOException {
        String fileName = checkedFileName("file", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            return created(boundaries.run(in, fileName, vintage, user(request)));
        }
    }

    @GetMapping("/api/imports/{id}")
    ImportRun run(@PathVariable long id) {
        return store.run(id).orElseThrow(() -> new UnknownImport(id));
    }

    /**
     * The file name is only recorded with the run, never used as a path; still, a name with a directory
     * part, "..", control characters or over 255 characters is refused so the record cannot mislead.
     */
    static String checkedFileName(String parameter, String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_FILE_NAME || name.contains("/") || name.contains("\\") || name.equals("..")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameter(parameter, "The file name must be a plain name of at most " + MAX_FILE_NAME
                    + " characters, without directories, '..' or control characters.");
        }
        return name;
    }

    /** Reads a flat JSON object of metadata keys; numbers are kept as their text. */
    static Map<String, String> sidecar(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new InvalidParameter("metadata", "The metadata part is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidParameter("metadata", "The metadata part must be a JSON object.");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (var e : node.properties()) {
            m.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
        }
        return m;
    }

    private static String user(HttpServletRequest request) {
        return request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
    }

    private static ResponseEntity<ImportRun> created(ImportRun run) {
        return ResponseEntity.created(URI.create("/api/imports/" + run.id())).body(run);
    }
}
