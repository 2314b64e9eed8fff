package nl.pmg.planner.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The disclosure matrix, generated from the application's route list (as {@code SecurityMatrixIT} is): every
 * route is probed as the anonymous public and as a municipality (Enschede, GM0153) looking at other
 * gemeenten, and no answer — JSON, GeoJSON, CSV or GeoPackage — may carry a wijk or buurt value outside the
 * caller's own gemeente, nor a gemeente count of persons under the threshold.
 * <p>
 * Marker values are planted first as imported indicators: a count of 9.87654 persons in every gemeente but
 * Enschede (under the threshold of 10), and marker values for every wijk and buurt outside Enschede. They
 * must never appear in what these callers get, in any byte order. A route without probes here still gets
 * its pattern probed with default path values, and is listed as a failure until it has probes, so a new
 * route cannot slip through. Probes marked as value routes must show the visible markers to the programme
 * manager, so a probe that misses the values fails too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DisclosureMatrix {

    static final double SMALL_COUNT = 9.87654;
    static final double LARGE_COUNT_ENSCHEDE = 12345.678;
    static final double WIJK = 8765.4321;
    static final double WIJK_ENSCHEDE = 1111.2222;
    static final double BUURT = 7654.3219;
    static final double BUURT_ENSCHEDE = 2222.3331;
    static final List<Double> FOREIGN = List.of(SMALL_COUNT, WIJK, BUURT);
    static final List<Double> ENSCHEDE = List.of(WIJK_ENSCHEDE, BUURT_ENSCHEDE);

    /** Route → probes; {@code values} probes must show markers to a programme manager. */
    private static final Map<String, List<Probe>> PROBES = new LinkedHashMap<>();
    /** Routes that answer without any area value, with the reason; probed all the same. */
    private static final Map<String, String> NO_VALUES = new LinkedHashMap<>();

    record Probe(String path, boolean values) {
    }

    static {
        String gm = "/api/collections/gemeenten/items";
        values("GET /api/collections/{collectionId}/items", gm + "?indicators=canary_persons,population&limit=400",
                "/api/collections/wijken/items?gemeente=GM0363&indicators=canary_wijk,index,population&limit=1000",
                "/api/collections/buurten/items?gemeente=GM0363&indicators=canary_buurt,index&limit=1000",
                "/api/collections/wijken/items?gemeente=GM0153&indicators=canary_wijk&limit=1000",
                "/api/collections/buurten/items?bbox=4.85,52.35,4.95,52.40&indicators=canary_buurt&limit=1000",
                gm + "?indicators=canary_persons&limit=400&f=html",
                "/api/collections/wijken/items?gemeente=GM0363&indicators=canary_wijk,index&limit=1000&f=html",
                "/api/collections/buurten/items?gemeente=GM0363&indicators=canary_buurt&limit=1000&f=html",
                "/api/collections/wijken/items?gemeente=GM0363&indicators=canary_wijk&crs="
                        + "http://www.opengis.net/def/crs/EPSG/0/28992&limit=1000");
        values("GET /api/collections/{collectionId}/items/{featureId}", gm + "/GM0363?indicators=canary_persons",
                "/api/collections/wijken/items/WK0363SE?indicators=canary_wijk,population",
                "/api/collections/buurten/items/BU0363KA05?indicators=canary_buurt,index",
                "/api/collections/wijken/items/WK0363SE?indicators=canary_wijk&f=html",
                "/api/collections/buurten/items/BU0363KA05?indicators=canary_buurt&f=html");
        for (String route : List.of("GET /api/indicators/{id}/values", "GET /api/layers/{id}/values")) {
            String base = route.contains("layers") ? "/api/layers/" : "/api/indicators/";
            values(route, base + "canary_persons/values?level=gemeente", base + "canary_wijk/values?level=wijk",
                    base + "canary_buurt/values?level=buurt", base + "population/values?level=buurt");
        }
        values("GET /api/benchmarks/{code}", "/api/benchmarks/GM0363", "/api/benchmarks/GM0153",
                "/api/benchmarks/GM0014");
        List<String> exports = new ArrayList<>();
        for (String format : List.of("csv", "geojson", "gpkg")) {
            exports.add("/api/exports/gemeenten." + format + "?indicators=canary_persons,population");
            exports.add("/api/exports/wijken." + format + "?gemeente=GM0363&indicators=canary_wijk,index");
            exports.add("/api/exports/buurten." + format + "?gemeente=GM0363&indicators=canary_buurt");
        }
        values("GET /api/exports/{collection}.{format}", exports.toArray(String[]::new));
        other("GET /api/monitor/programme", "/api/monitor/programme?indicator=crime_total",
                "/api/monitor/programme?indicator=crime_drugs_alcohol");
        other("GET /api/monitor/programme/export.csv", "/api/monitor/programme/export.csv?indicator=crime_total");
        other("GET /api/monitor/trends", "/api/monitor/trends?indicator=crime_total",
                "/api/monitor/trends?indicator=crime_violent&from=2022&to=2024");
        other("GET /api/monitor/focus-areas", "/api/monitor/focus-areas");
        other("GET /api/monitor/{code}", "/api/monitor/GM0363?indicator=crime_total", "/api/monitor/WK0363SE",
                "/api/monitor/BU0363KA05");
        other("GET /api/monitor/{code}/export.csv", "/api/monitor/GM0363/export.csv", "/api/monitor/WK0363SE/export.csv");
        other("GET /api/selections/{code}/priority-areas", "/api/selections/GM0363/priority-areas");
        other("GET /api/scenarios", "/api/scenarios");
        other("GET /api/scenarios/{id}", "/api/scenarios/uitbreiding-2023");
        other("GET /api/scenarios/{id}/compare/{otherId}", "/api/scenarios/uitbreiding-2023/compare/uitbreiding-2023");
        other("GET /api/search", "/api/search?q=amsterdam&limit=50", "/api/search?q=centrum&limit=50");
        other("GET /api/monitor/indicators", "/api/monitor/indicators");
        // vector tiles are public (GIS clients read them anonymously) and carry code and name only; Leaks
        // reads every tile and fails on any other key or any value that is not a string
        other("GET /api/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                "/api/collections/gemeenten/tiles/WebMercatorQuad/8/84/131",
                "/api/collections/wijken/tiles/WebMercatorQuad/12/1345/2103",
                "/api/collections/buurten/tiles/WebMercatorQuad/14/5381/8413",
                "/api/collections/buurten/tiles/WebMercatorQuad/14/5382/8414",
                "/api/collections/wijken/tiles/WebMercatorQuad/12/1346/2103");
        // the printed gebiedsprofiel: its wijk map and legend only with detail rights (the manager sees the wijk
        // marker in the legend of Amsterdam's wijken); Leaks reads the PDF's text
        values("GET /api/profiles/{code}.pdf", "/api/profiles/GM0363.pdf?indicator=canary_wijk",
                "/api/profiles/GM0153.pdf?indicator=canary_wijk&lang=en");
        PROBES.put("GET /api/profiles/{code}.pdf", java.util.stream.Stream.concat(PROBES.get("GET /api/profiles/{code}.pdf")
                .stream(), java.util.stream.Stream.of(new Probe("/api/profiles/GM0363.pdf", false),
                        new Probe("/api/profiles/GM0363.pdf?indicator=canary_persons", false),
                        new Probe("/api/profiles/GM0014.pdf?indicator=population", false))).toList());
        other("GET /api/selections/regions", "/api/selections/regions");
        // calibrations are public: weights, fit and gemeente ranks of past rounds (Leaks looks for the markers)
        other("GET /api/calibrations", "/api/calibrations");
        other("GET /api/calibrations/{id}", "/api/calibrations/round-2023");
        none("OGC API documents (landing page, conformance, tile matrix sets, tilesets) without area values", "GET /api",
                "GET /api/", "GET /api/conformance", "GET /api/tileMatrixSets", "GET /api/tileMatrixSets/{tileMatrixSetId}",
                "GET /api/collections/{collectionId}/tiles", "GET /api/collections/{collectionId}/tiles/{tileMatrixSetId}");
        none("catalogue, descriptions and settings without area values", "GET /api/collections",
                "GET /api/collections/{collectionId}", "GET /api/indicators", "GET /api/indicators/{id}",
                "GET /api/layers", "GET /api/programme", "GET /api/map/config", "GET /api/session",
                "GET /api/frameworks", "GET /api/frameworks/default", "GET /api/frameworks/{id}");
        none("pages and documents (their data comes from the API routes above)", "GET /", "GET /gemeente/{code}",
                "GET /monitor", "GET /monitor/{code}", "GET /login", "GET /audit", "GET /error", "GET /v3/api-docs",
                "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html");
        none("refused to the public and to municipalities (SecurityMatrixIT)", "GET /api/audit",
                "GET /api/imports/{id}", "GET /api/selections/uncertainty/{id}", "DELETE /api/selections/uncertainty/{id}",
                "POST /api/frameworks", "POST /api/scores", "POST /api/selections", "POST /api/selections/uncertainty",
                "POST /api/scenarios", "POST /api/imports/indicators", "POST /api/imports/boundaries",
                "POST /api/decisions", "POST /api/scenarios/{id}/publish", "POST /api/programme/memberships",
                "POST /api/calibrations", "POST /api/selections/sensitivity", "GET /api/reports/scenarios/{id}",
                "GET /api/reports/scenarios/{id}.pdf");
    }

    private static void values(String route, String... paths) {
        PROBES.put(route, java.util.Arrays.stream(paths).map(p -> new Probe(p, true)).toList());
    }

    private static void other(String route, String... paths) {
        PROBES.put(route, java.util.Arrays.stream(paths).map(p -> new Probe(p, false)).toList());
    }

    private static void none(String reason, String... routes) {
        for (String r : routes) {
            NO_VALUES.put(r, reason);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    Areas areas;

    @BeforeAll
    void plantMarkers() {
        Http analyst = new Http(port, "analyst", "demo-analyst");
        StringBuilder persons = new StringBuilder(header("canary_persons", "persons", "gemeente"));
        for (Area a : areas.list(Level.GEMEENTE)) {
            persons.append(a.code()).append(",2024,")
                    .append(Leaks.plain(a.code().equals("GM0153") ? LARGE_COUNT_ENSCHEDE : SMALL_COUNT)).append('\n');
        }
        StringBuilder wijk = new StringBuilder(header("canary_wijk", "per 1,000", "wijk"));
        for (Area a : areas.list(Level.WIJK)) {
            wijk.append(a.code()).append(",2024,")
                    .append(Leaks.plain(a.gemeenteCode().equals("GM0153") ? WIJK_ENSCHEDE : WIJK)).append('\n');
        }
        StringBuilder buurt = new StringBuilder(header("canary_buurt", "per 1,000", "buurt"));
        for (Area a : areas.list(Level.BUURT)) {
            buurt.append(a.code()).append(",2024,")
                    .append(Leaks.plain(a.gemeenteCode().equals("GM0153") ? BUURT_ENSCHEDE : BUURT)).append('\n');
        }
        for (StringBuilder csv : List.of(persons, wijk, buurt)) {
            Http.Response r = analyst.post("/api/imports/indicators", "text/csv", csv.toString());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    private static String header(String id, String unit, String level) {
        return "# id: " + id + "\n# label_nl: Merkteken\n# label_en: Marker\n# unit: " + unit
                + "\n# direction: neutral\n# source: disclosure test\n# level: " + level + "\narea_code,period,value\n";
    }

    record Answer(int status, String contentType, byte[] body) {
    }

    Answer get(String method, String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        b.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noRouteShowsTheseCallersAWijkOrBuurtValueOrASmallCount() {
        Set<String> routes = routes();
        Set<String> unlisted = new TreeSet<>(routes);
        unlisted.removeAll(PROBES.keySet());
        unlisted.removeAll(NO_VALUES.keySet());
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            List<Probe> list = PROBES.getOrDefault(route, List.of(new Probe(defaultPath(route), false)));
            for (Probe p : list) {
                probes++;
                if (p.values()) {
                    Answer m = get(method, p.path(), "manager", "demo-manager");
                    boolean shows = m.status() == 200 && (java.util.stream.Stream.concat(FOREIGN.stream(), ENSCHEDE.stream())
                            .anyMatch(v -> Leaks.shows(m.body(), m.contentType(), v))
                            || p.path().contains("population"));
                    if (!shows) {
                        failures.add(route + " " + p.path() + ": the manager sees no marker value (status " + m.status()
                                + "), so this probe proves nothing");
                    }
                }
                check(failures, route, method, p.path(), null, null, null, List.of());
                check(failures, route, method, p.path(), "enschede", "demo-enschede", "GM0153", List.of());
            }
        }
        org.slf4j.LoggerFactory.getLogger(getClass()).info("disclosure matrix: {} routes, {} probes, {} callers",
                routes.size(), probes, 2);
        assertThat(unlisted).as("routes without disclosure probes or a reason in DisclosureMatrix (add them)").isEmpty();
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, String route, String method, String path, String user,
            String password, String own, List<Double> alsoForbidden) {
        Answer a = get(method, path, user, password);
        List<Double> forbidden = new ArrayList<>(FOREIGN);
        if (own == null) {
            forbidden.addAll(ENSCHEDE);
        }
        forbidden.addAll(alsoForbidden);
        for (String leak : Leaks.in(a.body(), a.contentType(), forbidden, own)) {
            failures.add(route + " " + path + " as " + (user == null ? "anonymous" : user) + " (" + a.status() + "): "
                    + leak);
        }
    }

    /** The route's pattern with plausible path values. */
    static String defaultPath(String route) {
        String p = route.substring(route.indexOf(' ') + 1);
        return p.replace("{collectionId}", "wijken").replace("{collection}", "wijken").replace("{format}", "csv")
                .replace("{code}", "WK0363SE").replace("{id}", "canary_wijk").replace("{otherId}", "uitbreiding-2023")
                .replaceAll("\\{[^}]+}", "GM0363");
    }

    private Set<String> routes() {
        return nl.pmg.planner.support.Routes.of(mapping);
    }
}
