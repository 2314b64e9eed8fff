package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A conformance self-check of the geodata service as an anonymous client sees it, along the OGC API –
 * Features Part 1 and 2 requirements (landing page, conformance, API definition, collections, items,
 * bbox, datetime, limit, crs) plus HTTP (HEAD, content negotiation, forwarded headers, ETag, gzip).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OgcConformanceIT {

    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final List<String> RESOURCES = List.of("/api", "/api/conformance", "/api/collections", "/api/collections/wijken",
            "/api/collections/wijken/items?limit=2", "/api/collections/wijken/items/WK0363AA", "/api/tileMatrixSets",
            "/api/tileMatrixSets/WebMercatorQuad", "/api/collections/wijken/tiles", "/api/collections/wijken/tiles/WebMercatorQuad",
            "/api/collections/buurten/tiles/WebMercatorQuad/12/1345/2103");

    @LocalServerPort
    int port;

    Client http;

    @BeforeEach
    void client() {
        http = Client.anonymous(port);
    }

    private String base() {
        return http.base();
    }

    private static String href(JsonNode links, String rel) {
        for (JsonNode l : links) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        throw new AssertionError("no link " + rel + " in " + links);
    }

    @Test
    void landingPageIsPublicAndLinksToEverythingAbsolutely() {
        Client.Response r = http.get("/api");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.type()).startsWith("application/json");
        JsonNode links = r.json().get("links");
        for (String rel : List.of("self", "service-desc", "service-doc", "conformance", "data")) {
            assertThat(href(links, rel)).startsWith(base() + "/");
        }
        links.forEach(l -> assertThat(l.get("href").asString()).as("absolute href").startsWith("http"));
        assertThat(http.get(href(links, "conformance")).status()).isEqualTo(200);
        assertThat(http.get(href(links, "data")).status()).isEqualTo(200);
        assertThat(http.get(href(links, "service-doc")).status()).isEqualTo(200);
    }

    @Test
    void declaresTheClassesItImplementsAndNoOthers() {
        List<String> classes = new ArrayList<>();
        http.get("/api/conformance").json().get("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes).contains(CORE, "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt");
        // not implemented, so not declared: filtering (Part 3), queryables, GML
        assertThat(classes).noneMatch(c -> c.contains("features-3") || c.contains("queryables") || c.contains("gml"));
    }

    @Test
    void apiDefinitionIsOpenApi30DescribingTheItemsParameters() {
        String desc = href(http.get("/api").json().get("links"), "service-desc");
        Client.Response r = http.get(desc, "Accept", "application/vnd.oai.openapi+json;version=3.0");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.type()).startsWith("application/vnd.oai.openapi+json");
        JsonNode api = r.json();
        assertThat(api.get("openapi").asString()).startsWith("3.0.");
        JsonNode items = api.get("paths").get("/api/collections/{collectionId}/items").get("get");
        List<String> names = new ArrayList<>();
        JsonNode limit = null;
        for (JsonNode p : items.get("parameters")) {
            names.add(p.get("name").asString());
            if (p.get("name").asString().equals("limit")) {
                limit = p.get("schema");
            }
        }
        assertThat(names).contains("collectionId", "bbox", "bbox-crs", "crs", "datetime", "limit", "offset");
        assertThat(limit.get("minimum").asInt()).isEqualTo(1);
        assertThat(limit.get("maximum").asInt()).isEqualTo(10_000);
        assertThat(limit.get("default").asInt()).isEqualTo(100);
    }

    @Test
    void collectionsHaveExtentsCrsListsAndItemLinks() {
        JsonNode collections = http.get("/api/collections").json().get("collections");
        assertThat(collections).hasSize(3);
        for (JsonNode c : collections) {
            JsonNode bbox = c.get("extent").get("spatial").get("bbox").get(0);
            assertThat(bbox.get(0).asDouble()).isBetween(3.2, 3.5);   // west: Zeeuws-Vlaanderen
            assertThat(bbox.get(3).asDouble()).isBetween(53.4, 53.6); // north: Rottumeroog
            assertThat(c.get("extent").get("temporal").get("interval").get(0).get(0).asString()).isEqualTo("2024-01-01T00:00:00Z");
            List<String> crs = new ArrayList<>();
            c.get("crs").forEach(x -> crs.add(x.asString()));
            assertThat(crs).contains("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.get("storageCrs").asString());
            assertThat(href(c.get("links"), "items")).startsWith(base() + "/api/collections/" + c.get("id").asString() + "/items");
        }
    }

    @Test
    void itemsCountWhatTheyMatchAndReturnAndPageWithAbsoluteLinks() {
        Client.Response r = http.get("/api/collections/wijken/items?limit=7&offset=7&gemeente=GM0363");
        assertThat(r.type()).startsWith("application/geo+json");
        assertThat(r.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.get("numberReturned").asInt()).isEqualTo(7).isEqualTo(fc.get("features").size());
        assertThat(fc.get("numberMatched").asInt()).isGreaterThan(14);
        assertThat(href(fc.get("links"), "next")).startsWith(base()).contains("offset=14");
        assertThat(href(fc.get("links"), "prev")).startsWith(base()).contains("offset=0");
        assertThat(href(fc.get("links"), "self")).startsWith(base());
        fc.get("features").forEach(f -> {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.get("id").asString()).startsWith("WK0363");
        });
        JsonNode item = http.get("/api/collections/wijken/items/WK0363AA").json();
        assertThat(href(item.get("links"), "collection")).isEqualTo(base() + "/api/collections/wijken");
    }

    @Test
    void bboxDatetimeLimitAndCrsFollowTheStandard() {
        assertThat(http.get("/api/collections/gemeenten/items?bbox=5.11,52.08,0,5.13,52.10,10&properties=code").json()
                .get("numberMatched").asInt()).isBetween(1, 4);
        assertThat(http.get("/api/collections/gemeenten/items?bbox=5,52,5.1").json().get("parameter").asString()).isEqualTo("bbox");
        assertThat(http.get("/api/collections/gemeenten/items?datetime=2030-01-01T00:00:00Z").json().get("numberMatched").asInt()).isZero();
        assertThat(http.get("/api/collections/gemeenten/items?datetime=tomorrow").status()).isEqualTo(400);
        assertThat(http.get("/api/collections/gemeenten/items?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/collections/gemeenten/items?limit=100000&zoom=7&properties=code").json().get("numberReturned").asInt())
                .isEqualTo(342);
        Client.Response crs = http.get("/api/collections/gemeenten/items?crs=EPSG:9999");
        assertThat(crs.status()).isEqualTo(400);
        assertThat(crs.json().get("parameter").asString()).isEqualTo("crs");
        assertThat(http.get("/api/collections/gemeenten/items?bbox=1,2,3,4&bbox-crs=urn:x").json().get("parameter").asString())
                .isEqualTo("bbox-crs");
    }

    @Test
    void headAnswersWhereverGetDoesWithTheSameHeadersAndNoBody() {
        for (String path : RESOURCES) {
            Client.Response get = http.get(path);
            Client.Response head = http.send("HEAD", path);
            assertThat(head.status()).as("HEAD " + path).isEqualTo(get.status()).isEqualTo(200);
            assertThat(head.type()).as("HEAD " + path).isEqualTo(get.type());
            assertThat(head.bytes()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/geo+json", "text/html", "*/*", "application/xml", "image/png",
        "text/html;q=0.5, application/json", "text/*", "nonsense", "application/vnd.mapbox-vector-tile"})
    void negotiatesEveryAcceptWithoutAServerError(String accept) {
        for (String path : RESOURCES) {
            Client.Response r = http.get(path, "Accept", accept);
            assertThat(r.status()).as(path + " with Accept " + accept).isIn(200, 406);
            if (r.status() == 406) {
                assertThat(r.type()).startsWith("application/problem+json");
                assertThat(r.json().get("code").asString()).isEqualTo("not-acceptable");
            }
            if (accept.equals("text/html") && !path.contains("/12/")) {
                assertThat(r.type()).as(path).startsWith("text/html");
                assertThat(r.text()).contains("<h1>");
            }
        }
        assertThat(http.get("/api/collections?f=html").type()).startsWith("text/html");
        assertThat(http.get("/api/collections", "Accept", "application/xml").status()).isEqualTo(406);
    }

    @Test
    void buildsLinksFromForwardedHeadersOfATrustedProxy() {
        JsonNode links = http.get("/api", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "geodata.example.nl",
                "X-Forwarded-Port", "443").json().get("links");
        assertThat(href(links, "data")).isEqualTo("https://geodata.example.nl/api/collections");
    }

    @Test
    void servesFinishedBodiesWithETagsConditionallyAndGzipped() throws IOException {
        String path = "/api/collections/gemeenten/items?limit=50&zoom=8";
        Client.Response plain = http.get(path);
        String etag = plain.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(http.get(path, "If-None-Match", etag).status()).isEqualTo(304);
        Client.Response gz = http.get(path, "Accept-Encoding", "gzip");
        assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.header("Vary")).contains("Accept-Encoding");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gz.bytes())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.bytes());
        assertThat(http.get(path, "If-None-Match", gz.header("ETag"), "Accept-Encoding", "gzip").status()).isEqualTo(304);
    }
}
