package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The one contract both feature engines pass (memory: {@code EmbeddedFeaturesIT}, PostGIS:
 * {@code PostgisFeaturesIT}), through the HTTP API: complete paging, bbox in three CRSs and across
 * the antimeridian, datetime, limit, output CRS and axis order, single items, and vector tiles.
 */
abstract class FeatureEngineContract {

    static final String RD = "http://www.opengis.net/def/crs/EPSG/0/28992";
    static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    @LocalServerPort
    int port;

    Client anonymous;

    @BeforeEach
    void client() {
        anonymous = Client.anonymous(port);
    }

    /** Every id of a collection, following next links (as a client would). */
    List<String> allIds(String collection, String extra) {
        List<String> ids = new ArrayList<>();
        String url = "/api/collections/" + collection + "/items?limit=5000&properties=code" + extra;
        while (url != null) {
            JsonNode page = anonymous.get(url).json();
            page.get("features").forEach(f -> ids.add(f.get("id").asString()));
            url = null;
            for (JsonNode l : page.get("links")) {
                if (l.get("rel").asString().equals("next")) {
                    url = l.get("href").asString();
                }
            }
        }
        return ids;
    }

    @ParameterizedTest
    @CsvSource({"gemeenten, 342", "wijken, 3393", "buurten, 14566"})
    void pagesThroughEveryAreaOnce(String collection, int count) {
        List<String> ids = allIds(collection, "&zoom=8");
        assertThat(ids).hasSize(count);
        assertThat(new HashSet<>(ids)).hasSize(count);
        assertThat(ids).isSorted();
    }

    @Test
    void selectsByBboxInCrs84Epsg4326AndRdNew() {
        // the centre of Utrecht: 5.11–5.13 E, 52.08–52.10 N; in RD New about x 135,800–137,200, y 455,000–457,300
        assertThat(codes("/api/collections/gemeenten/items?bbox=5.11,52.08,5.13,52.10")).containsExactly("GM0344");
        assertThat(codes("/api/collections/gemeenten/items?bbox=52.08,5.11,52.10,5.13&bbox-crs=" + EPSG_4326))
                .containsExactly("GM0344");
        assertThat(codes("/api/collections/gemeenten/items?bbox=136000,455500,137000,456500&bbox-crs=" + RD))
                .containsExactly("GM0344");
    }

    @Test
    void readsABboxAcrossTheAntimeridian() {
        // from 170° E eastwards to 10° E holds the whole country; 170° E to 175° W holds nothing
        assertThat(anonymous.get("/api/collections/gemeenten/items?limit=1&bbox=170,50,10,54").json()
                .get("numberMatched").asInt()).isEqualTo(342);
        JsonNode none = anonymous.get("/api/collections/gemeenten/items?bbox=170,-10,-175,10").json();
        assertThat(none.get("numberMatched").asInt()).isZero();
        assertThat(none.get("features")).isEmpty();
    }

    @Test
    void filtersOnTheValidityOfThe2024Division() {
        assertThat(matched("/api/collections/gemeenten/items?limit=1&datetime=2024-07-01T00:00:00Z")).isEqualTo(342);
        assertThat(matched("/api/collections/gemeenten/items?limit=1&datetime=2023-01-01T00:00:00Z/2024-01-15T00:00:00Z"))
                .isEqualTo(342);
        assertThat(matched("/api/collections/gemeenten/items?limit=1&datetime=2022-06-01")).isZero();
        assertThat(matched("/api/collections/gemeenten/items?limit=1&datetime=2025-01-01T00:00:00Z/..")).isZero();
    }

    @Test
    void capsTheLimitAtTenThousand() {
        JsonNode fc = anonymous.get("/api/collections/buurten/items?limit=20000&properties=code&zoom=7").json();
        assertThat(fc.get("numberReturned").asInt()).isEqualTo(10_000);
        assertThat(fc.get("numberMatched").asInt()).isEqualTo(14_566);
    }

    @Test
    void servesRdNewAsEastingNorthingAndEpsg4326LatitudeFirst() {
        Client.Response rd = anonymous.get("/api/collections/gemeenten/items/GM0363?properties=code&crs=" + RD);
        assertThat(rd.header("Content-Crs")).isEqualTo("<" + RD + ">");
        JsonNode p = firstPoint(rd.json());
        // Amsterdam in RD New: x 110–135 km, y 475–500 km
        assertThat(p.get(0).asDouble()).isBetween(110_000.0, 135_000.0);
        assertThat(p.get(1).asDouble()).isBetween(475_000.0, 500_000.0);
        JsonNode lonLat = firstPoint(anonymous.get("/api/collections/gemeenten/items/GM0363?properties=code").json());
        JsonNode latLon = firstPoint(anonymous.get("/api/collections/gemeenten/items/GM0363?properties=code&crs=" + EPSG_4326)
                .json());
        assertThat(lonLat.get(0).asDouble()).isBetween(4.7, 5.1);
        assertThat(latLon.get(0).asDouble()).isEqualTo(lonLat.get(1).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(latLon.get(1).asDouble()).isEqualTo(lonLat.get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void answersAnUnknownItemWith404AndAnUnsupportedCrsWith400NamingIt() {
        Client.Response missing = anonymous.get("/api/collections/wijken/items/GM0363");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("unknown-area");
        Client.Response crs = anonymous.get("/api/collections/wijken/items?crs=http://www.opengis.net/def/crs/EPSG/0/3035");
        assertThat(crs.status()).isEqualTo(400);
        assertThat(crs.type()).startsWith("application/problem+json");
        assertThat(crs.json().get("parameter").asString()).isEqualTo("crs");
    }

    @Test
    void tilesAreTheSameForEveryCallerAndCarryCodeAndNameOnly() {
        // Amsterdam at zoom 12 (WebMercatorQuad row 1345, column 2103)
        String tile = "/api/collections/buurten/tiles/WebMercatorQuad/12/1345/2103";
        Client.Response a = anonymous.get(tile);
        Client.Response m = Client.as(port, "manager", "demo-manager").get(tile);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.type()).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(a.header("ETag")).isNotBlank();
        assertThat(a.header("Cache-Control")).contains("public");
        assertThat(m.bytes()).isEqualTo(a.bytes());
        List<MvtReader.Layer> layers = MvtReader.layers(a.bytes());
        assertThat(layers).hasSize(1);
        assertThat(layers.get(0).name()).isEqualTo("buurten");
        assertThat(layers.get(0).keys()).containsExactlyInAnyOrder("code", "name");
        assertThat(layers.get(0).features()).isGreaterThan(50);
        assertThat(layers.get(0).values()).contains("BU0363AA01").noneMatch(v -> v.equals("<non-string>"));
        // the same in RD New (level 8: 13.44 m per pixel) holds Amsterdam's centre too
        Client.Response rd = anonymous.get("/api/collections/buurten/tiles/NetherlandsRDNewQuad/8/"
                + row(488_900) + "/" + col(120_700));
        assertThat(MvtReader.layers(rd.bytes()).get(0).values()).contains("BU0363AA01");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/collections/buurten/tiles/NoSuchSet/12/1346/2103, 404, unknown-tile-matrix-set",
        "/api/collections/buurten/tiles/WebMercatorQuad/12/0/0, 404, tile-out-of-range",
        "/api/collections/buurten/tiles/WebMercatorQuad/12/1346/9999999, 404, tile-out-of-range",
        "/api/collections/buurten/tiles/WebMercatorQuad/25/1/1, 404, tile-out-of-range",
        "/api/collections/buurten/tiles/WebMercatorQuad/twelve/1/1, 400, invalid-parameter",
        "/api/collections/provincies/tiles/WebMercatorQuad/12/1345/2103, 404, unknown-collection"
    })
    void answersTilesOutsideTheSetWithAProblem(String path, int status, String code) {
        Client.Response r = anonymous.get(path);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
    }

    /** NetherlandsRDNewQuad level 8 row and column of an RD New point: 880,803.84 m / 256 per tile. */
    static int row(double y) {
        return (int) Math.floor((903_401.92 - y) / (3440.64 / 256 * 256));
    }

    static int col(double x) {
        return (int) Math.floor((x + 285_401.92) / (3440.64 / 256 * 256));
    }

    private List<String> codes(String url) {
        Set<String> out = new java.util.TreeSet<>();
        anonymous.get(url + "&properties=code").json().get("features").forEach(f -> out.add(f.get("id").asString()));
        return List.copyOf(out);
    }

    private int matched(String url) {
        return anonymous.get(url).json().get("numberMatched").asInt();
    }

    private static JsonNode firstPoint(JsonNode feature) {
        return feature.get("geometry").get("coordinates").get(0).get(0).get(0);
    }
}
