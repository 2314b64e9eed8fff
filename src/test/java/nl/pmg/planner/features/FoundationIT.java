package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The shipped national data through the HTTP API of a running service (embedded default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoundationIT {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private int itemCount(String collection) {
        return http.get("/api/collections/" + collection).json().get("itemCount").asInt();
    }

    @Test
    void servesTheWholeDivisionOf2024() {
        assertThat(itemCount("gemeenten")).isEqualTo(342);
        assertThat(itemCount("wijken")).isEqualTo(3393);
        assertThat(itemCount("buurten")).isGreaterThanOrEqualTo(14_500);
        JsonNode collections = http.get("/api/collections").json().get("collections");
        assertThat(collections).hasSize(3);
        assertThat(collections.get(2).get("approximateBoundaries").asBoolean()).isTrue();
    }

    @Test
    void amsterdamHasItsKwb2024Population() {
        JsonNode f = http.get("/api/collections/gemeenten/items/GM0363?indicators=population").json();
        assertThat(f.get("properties").get("population").asDouble()).isEqualTo(931_298.0);
        assertThat(f.get("properties").get("population_status").asString()).isEqualTo("observed");
        assertThat(f.get("properties").get("programmeTranche").asString()).isEqualTo("start");
    }

    @Test
    void buurtPopulationsAddUpToTheirGemeente() {
        JsonNode gemeenten = http.get("/api/indicators/population/values?level=gemeente").json().get("values");
        JsonNode buurten = http.get("/api/indicators/population/values?level=buurt").json().get("values");
        Map<String, Double> sums = new HashMap<>();
        for (var e : buurten.properties()) {
            if (!e.getValue().get("value").isNull()) {
                // CBS buurt codes carry their gemeente number: BU0363xxxx lies in GM0363
                sums.merge("GM" + e.getKey().substring(2, 6), e.getValue().get("value").asDouble(), Double::sum);
            }
        }
        int within = 0;
        for (var e : gemeenten.properties()) {
            double gm = e.getValue().get("value").asDouble();
            if (Math.abs(sums.getOrDefault(e.getKey(), 0.0) - gm) <= 0.02 * gm) {
                within++;
            }
        }
        assertThat(gemeenten.size()).isEqualTo(342);
        assertThat(within).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * 342));
    }

    @Test
    void nationalGemeenteLayerIsCompleteAndSmall() {
        Http.Response r = http.get("/api/collections/gemeenten/items?limit=400");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        assertThat(r.body().length()).isLessThan(1_500_000);
        JsonNode fc = r.json();
        assertThat(fc.get("features")).hasSize(342);
        assertThat(fc.get("numberMatched").asInt()).isEqualTo(342);
        assertThat(fc.get("features").get(0).get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        double lon = fc.get("features").get(0).get("geometry").get("coordinates").get(0).get(0).get(0).get(0).asDouble();
        assertThat(lon).isBetween(3.0, 7.5); // WGS84, not RD metres
    }

    @Test
    void pagesWithNextAndPrevLinks() {
        JsonNode page = http.get("/api/collections/wijken/items?limit=10&offset=20&gemeente=GM0363&properties=code,name").json();
        assertThat(page.get("numberReturned").asInt()).isEqualTo(10);
        assertThat(page.get("numberMatched").asInt()).isGreaterThan(30);
        assertThat(page.get("features").get(0).get("properties").size()).isEqualTo(2);
        var rels = new java.util.ArrayList<String>();
        page.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("self", "next", "prev");
        page.get("features").forEach(f -> assertThat(f.get("id").asString()).startsWith("WK0363"));
    }

    @Test
    void bboxSelectsAreasAroundAPoint() {
        // a small box in the centre of Utrecht
        JsonNode fc = http.get("/api/collections/gemeenten/items?bbox=5.11,52.08,5.13,52.10&properties=code").json();
        var codes = new java.util.ArrayList<String>();
        fc.get("features").forEach(f -> codes.add(f.get("id").asString()));
        assertThat(codes).contains("GM0344").hasSizeLessThan(5);
    }

    @Test
    void catalogueHasAtLeastTwentyIndicatorsWithMetadata() {
        JsonNode inds = http.get("/api/indicators").json().get("indicators");
        assertThat(inds.size()).isGreaterThanOrEqualTo(20);
        for (JsonNode i : inds) {
            for (String field : new String[] {"id", "labelNl", "labelEn", "definition", "unit", "source", "year", "direction"}) {
                assertThat(i.get(field).asString()).as(i.get("id") + "." + field).isNotBlank();
            }
            assertThat(i.get("levels").size()).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/api/collections/provincies/items, 404, unknown-collection",
        "/api/collections/gemeenten/items/GM9999, 404, unknown-area",
        "/api/collections/wijken/items/GM0363, 404, unknown-area",
        "/api/collections/gemeenten/items?indicators=nope, 404, unknown-indicator",
        "/api/indicators/nope/values, 404, unknown-indicator",
        "/api/collections/gemeenten/items?bbox=4.7;52.2, 400, invalid-parameter",
        "/api/collections/gemeenten/items?limit=-3, 400, invalid-parameter",
        "/api/collections/gemeenten/items?offset=x, 400, invalid-parameter",
        "/api/collections/gemeenten/items?colour=red, 400, invalid-parameter",
        "/api/collections/buurten/items?indicators=crime_concentration_gini, 400, invalid-parameter",
        "/api/indicators/crime_per_1000/values?level=land, 400, invalid-parameter"
    })
    void badInputGetsAProblemDocument(String path, int status, String code) {
        Http.Response r = http.get(path);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at nl.pmg");
        if (status == 400) {
            assertThat(r.json().get("parameter").asString()).isNotBlank();
        }
    }

    @Test
    void publishesOpenApiAndSwaggerUi() {
        Http.Response api = http.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("paths").has("/api/collections/{collectionId}/items")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
