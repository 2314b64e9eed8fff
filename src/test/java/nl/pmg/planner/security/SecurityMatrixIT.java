package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix, generated from the application's own route list: every route × every
 * role gets the expected answer. A route without an expectation here fails the test, so a new
 * endpoint cannot slip through untested. "ok" means the request passed authorisation (any status but
 * 401 and 403: a probe body may well be rejected with 400 or 422 afterwards).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    /**
     * Who may pass: PUBLIC everyone; LOGIN any role; ANALYSIS managers and analysts; MANAGER managers only;
     * DETAIL_GM0363 wijk/buurt detail of GM0363 (managers, analysts, the municipality Amsterdam).
     */
    enum Rule { PUBLIC, LOGIN, ANALYSIS, MANAGER, DETAIL_GM0363 }

    private static final Map<String, Rule> EXPECTED = new LinkedHashMap<>();
    /** Concrete paths to probe for each route pattern (path variables filled with real values). */
    private static final Map<String, String> PROBE = new LinkedHashMap<>();

    static {
        expect("GET /gemeente/{code}", Rule.PUBLIC, "/gemeente/GM0153");
        expect("GET /monitor", Rule.PUBLIC, null);
        expect("GET /monitor/{code}", Rule.PUBLIC, "/monitor/GM0153");
        expect("GET /login", Rule.PUBLIC, null);
        expect("GET /audit", Rule.PUBLIC, null); // the page; its data needs a programme manager
        expect("GET /error", Rule.PUBLIC, null);
        expect("GET /v3/api-docs", Rule.PUBLIC, null);
        expect("GET /v3/api-docs.yaml", Rule.PUBLIC, null);
        expect("GET /v3/api-docs/swagger-config", Rule.PUBLIC, null);
        expect("GET /swagger-ui.html", Rule.PUBLIC, null);
        expect("GET /api/session", Rule.PUBLIC, null);
        expect("GET /api/profiles/{code}.pdf", Rule.PUBLIC, "/api/profiles/GM0153.pdf");
        expect("GET /api", Rule.PUBLIC, null);
        expect("GET /api/", Rule.PUBLIC, null);
        expect("GET /api/conformance", Rule.PUBLIC, null);
        expect("GET /api/tileMatrixSets", Rule.PUBLIC, null);
        expect("GET /api/tileMatrixSets/{tileMatrixSetId}", Rule.PUBLIC, "/api/tileMatrixSets/NetherlandsRDNewQuad");
        expect("GET /api/collections/{collectionId}/tiles", Rule.PUBLIC, "/api/collections/buurten/tiles");
        expect("GET /api/collections/{collectionId}/tiles/{tileMatrixSetId}", Rule.PUBLIC, "/api/collections/buurten/tiles/WebMercatorQuad");
        expect("GET /api/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", Rule.PUBLIC,
                "/api/collections/buurten/tiles/WebMercatorQuad/12/1345/2103");
        expect("GET /api/collections", Rule.PUBLIC, null);
        expect("GET /api/collections/{collectionId}", Rule.PUBLIC, "/api/collections/buurten");
        expect("GET /api/collections/{collectionId}/items", Rule.PUBLIC, "/api/collections/buurten/items?gemeente=GM0153&indicators=population&limit=5");
        expect("GET /api/collections/{collectionId}/items/{featureId}", Rule.PUBLIC, "/api/collections/gemeenten/items/GM0153");
        expect("GET /api/indicators", Rule.PUBLIC, null);
        expect("GET /api/indicators/{id}", Rule.PUBLIC, "/api/indicators/population");
        expect("GET /api/indicators/{id}/values", Rule.PUBLIC, "/api/indicators/population/values?level=buurt");
        expect("GET /api/layers", Rule.PUBLIC, null);
        expect("GET /api/layers/{id}/values", Rule.PUBLIC, "/api/layers/population/values?level=buurt");
        expect("GET /api/programme", Rule.PUBLIC, null);
        expect("GET /api/search", Rule.PUBLIC, "/api/search?q=enschede");
        expect("GET /api/map/config", Rule.PUBLIC, null);
        expect("GET /api/monitor/indicators", Rule.PUBLIC, null);
        expect("GET /api/monitor/programme", Rule.PUBLIC, "/api/monitor/programme?indicator=crime_total");
        expect("GET /api/monitor/programme/export.csv", Rule.PUBLIC, "/api/monitor/programme/export.csv?indicator=crime_total");
        expect("GET /api/monitor/trends", Rule.PUBLIC, "/api/monitor/trends?indicator=crime_total");
        expect("GET /api/monitor/{code}", Rule.PUBLIC, "/api/monitor/GM0153?indicator=crime_total");
        expect("GET /api/monitor/{code}/export.csv", Rule.PUBLIC, "/api/monitor/GM0153/export.csv?indicator=crime_total");
        expect("GET /api/monitor/focus-areas", Rule.PUBLIC, null);
        expect("GET /api/benchmarks/{code}", Rule.PUBLIC, "/api/benchmarks/GM0153");
        expect("GET /api/exports/{collection}.{format}", Rule.LOGIN, "/api/exports/gemeenten.csv");
        expect("GET /api/frameworks", Rule.PUBLIC, null);
        expect("GET /api/frameworks/default", Rule.PUBLIC, null);
        expect("GET /api/frameworks/{id}", Rule.PUBLIC, "/api/frameworks/default-2024");
        expect("GET /api/scenarios", Rule.PUBLIC, null);
        expect("GET /api/scenarios/{id}", Rule.PUBLIC, "/api/scenarios/uitbreiding-2023");
        expect("GET /api/scenarios/{id}/compare/{otherId}", Rule.PUBLIC, "/api/scenarios/uitbreiding-2023/compare/uitbreiding-2023");
        expect("POST /api/frameworks", Rule.ANALYSIS, null);
        expect("POST /api/scores", Rule.ANALYSIS, null);
        expect("POST /api/selections", Rule.ANALYSIS, null);
        expect("POST /api/selections/uncertainty", Rule.ANALYSIS, null);
        expect("POST /api/selections/sensitivity", Rule.ANALYSIS, null);
        expect("GET /api/selections/uncertainty/{id}", Rule.ANALYSIS, "/api/selections/uncertainty/no-such-job");
        expect("DELETE /api/selections/uncertainty/{id}", Rule.ANALYSIS, "/api/selections/uncertainty/no-such-job");
        expect("POST /api/scenarios", Rule.ANALYSIS, null);
        expect("GET /api/calibrations", Rule.PUBLIC, null);
        expect("GET /api/calibrations/{id}", Rule.PUBLIC, "/api/calibrations/999999");
        expect("POST /api/calibrations", Rule.ANALYSIS, null);
        expect("GET /api/reports/scenarios/{id}", Rule.ANALYSIS, "/api/reports/scenarios/no-such-scenario");
        expect("GET /api/reports/scenarios/{id}.pdf", Rule.ANALYSIS, "/api/reports/scenarios/no-such-scenario.pdf");
        expect("POST /api/scenarios/{id}/publish", Rule.ANALYSIS, "/api/scenarios/999999/publish");
        expect("POST /api/imports/indicators", Rule.ANALYSIS, null);
        expect("POST /api/imports/boundaries", Rule.ANALYSIS, null);
        expect("GET /api/imports/{id}", Rule.ANALYSIS, "/api/imports/999999");
        expect("GET /api/selections/{code}/priority-areas", Rule.DETAIL_GM0363, "/api/selections/GM0363/priority-areas");
        expect("GET /api/selections/regions", Rule.PUBLIC, null);
        expect("GET /api/audit", Rule.MANAGER, null);
        expect("POST /api/decisions", Rule.MANAGER, null);
        expect("POST /api/programme/memberships", Rule.MANAGER, null);
    }

    private static void expect(String route, Rule rule, String probe) {
        EXPECTED.put(route, rule);
        if (probe != null) {
            PROBE.put(route, probe);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyRouteHasAnExpectationAndMeetsItForEveryRole() {
        Set<String> routes = routes();
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(EXPECTED.keySet());
        assertThat(missing).as("routes without an expectation in SecurityMatrixIT (add one)").isEmpty();

        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", Http.anonymous(port));
        callers.put("manager", new Http(port, "manager", "demo-manager"));
        callers.put("analyst", new Http(port, "analyst", "demo-analyst"));
        callers.put("enschede", new Http(port, "enschede", "demo-enschede"));
        callers.put("amsterdam", new Http(port, "amsterdam", "demo-amsterdam"));
        List<String> failures = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = PROBE.getOrDefault(route, route.substring(route.indexOf(' ') + 1));
            Rule rule = EXPECTED.get(route);
            for (var c : callers.entrySet()) {
                String body = method.equals("POST") ? "{}" : null;
                Http.Response r = c.getValue().send(method, path, body == null ? null : "application/json", body);
                int expected = expected(rule, c.getKey());
                if (method.equals("GET")) { // HEAD wherever GET works, for the same callers
                    int head = c.getValue().send("HEAD", path, null, null).status();
                    boolean headOk = expected == 0 ? head != 401 && head != 403 : head == expected;
                    if (!headOk) {
                        failures.add("HEAD " + route.substring(4) + " as " + c.getKey() + ": expected "
                                + (expected == 0 ? "ok" : expected) + ", got " + head);
                    }
                }
                boolean ok = expected == 0 ? r.status() != 401 && r.status() != 403 : r.status() == expected;
                if (!ok) {
                    failures.add(route + " as " + c.getKey() + ": expected " + (expected == 0 ? "ok" : expected) + ", got "
                            + r.status());
                } else if (expected != 0) {
                    assertThat(r.contentType()).as(route + " as " + c.getKey()).startsWith("application/problem+json");
                    assertThat(r.json().get("code").asString()).isEqualTo(expected == 401 ? "unauthenticated" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** 0 = passes authorisation; otherwise the expected status. */
    private static int expected(Rule rule, String caller) {
        return switch (rule) {
            case PUBLIC -> 0;
            case LOGIN -> caller.equals("anonymous") ? 401 : 0;
            case ANALYSIS -> caller.equals("anonymous") ? 401 : municipality(caller) ? 403 : 0;
            case DETAIL_GM0363 -> caller.equals("anonymous") ? 401 : caller.equals("enschede") ? 403 : 0;
            case MANAGER -> caller.equals("anonymous") ? 401 : caller.equals("manager") ? 0 : 403;
        };
    }

    private static boolean municipality(String caller) {
        return caller.equals("enschede") || caller.equals("amsterdam");
    }

    private Set<String> routes() {
        return nl.pmg.planner.support.Routes.of(mapping);
    }
}
