package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The risk index over the national data through {@code /api/frameworks} and {@code /api/scores}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringApiIT {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode score(String body) {
        Http.Response r = http.post("/api/scores", "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void servesTheDefaultFrameworkWithReasons() {
        JsonNode f = http.get("/api/frameworks/default").json();
        assertThat(f.get("id").asString()).isEqualTo("default");
        assertThat(f.get("version").asString()).isNotBlank();
        assertThat(f.get("domains").size()).isGreaterThanOrEqualTo(4);
        for (JsonNode d : f.get("domains")) {
            assertThat(d.get("rationale").asString()).isNotBlank();
            d.get("indicators").forEach(i -> assertThat(i.get("rationale").asString()).isNotBlank());
        }
    }

    @ParameterizedTest
    @CsvSource({"gemeente, 342", "wijk, 3393", "buurt, 14566"})
    void scoresEveryAreaOfALevelWithContributionsThatAddUp(String level, int areas) {
        JsonNode r = score("{\"level\":\"" + level + "\"}");
        assertThat(r.get("numberOfAreas").asInt()).isEqualTo(areas);
        JsonNode first = r.get("areas").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        int checked = 0;
        for (JsonNode a : r.get("areas")) {
            if (a.get("score").isNull()) {
                // not ranked: nothing known, too few residents or households, or a required domain missing
                assertThat(a.get("qualityFlags").toString()).containsAnyOf("NO_DATA", "NOT_ELIGIBLE", "DOMAIN_MISSING");
                continue;
            }
            double sum = 0;
            for (var c : a.get("contributions").properties()) {
                sum += c.getValue().asDouble();
            }
            assertThat(sum).isCloseTo(a.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            checked++;
        }
        assertThat(checked).isGreaterThan(areas / 2);
    }

    @Test
    void buurtenWithoutResidentsAreNotRanked() {
        JsonNode r = score("{\"level\":\"buurt\",\"limit\":50}");
        assertThat(r.get("warnings").toString()).contains("are not eligible");
        for (JsonNode a : r.get("areas")) {
            assertThat(a.get("qualityFlags").toString()).doesNotContain("NO_DATA").doesNotContain("NOT_ELIGIBLE");
        }
    }

    @Test
    void gemeenteScoresCanComeFromBuurtenAndCarryConcentration() {
        JsonNode r = score("{\"level\":\"gemeente\",\"gemeenteMethod\":\"BUURT_AGGREGATE\",\"gemeente\":\"GM0599\"}");
        JsonNode rotterdam = r.get("areas").get(0);
        assertThat(r.get("numberReturned").asInt()).isEqualTo(1);
        assertThat(rotterdam.get("code").asString()).isEqualTo("GM0599");
        JsonNode c = rotterdam.get("concentration");
        assertThat(c.get("topDecileBuurten").asInt()).isPositive();
        assertThat(c.get("shareOfYoungPeople").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void p90FlagsNameIndicatorsOfTheFramework() {
        JsonNode r = score("{\"level\":\"gemeente\",\"limit\":5}");
        JsonNode used = r.get("indicatorsUsed");
        for (JsonNode a : r.get("areas")) {
            a.get("p90Flags").forEach(flag -> assertThat(used.toString()).contains("\"" + flag.asString() + "\""));
        }
        assertThat(r.get("areas").get(0).get("p90Flags").size()).isPositive();
    }

    @Test
    void otherNormalisationAndAggregationChangeTheResult() {
        JsonNode a = score("{\"level\":\"gemeente\",\"limit\":1}");
        JsonNode b = score("{\"level\":\"gemeente\",\"limit\":1,\"options\":{\"normalisation\":\"Z_SCORE\",\"aggregation\":\"GEOMETRIC\"}}");
        assertThat(b.get("options").get("aggregation").asString()).isEqualTo("GEOMETRIC");
        assertThat(b.get("areas").get(0).get("score").asDouble()).isNotEqualTo(a.get("areas").get(0).get("score").asDouble());
    }

    @Test
    void savesAFrameworkAndScoresWithItById() {
        // the store outlives a test run, so each run saves its own id
        String id = "crime-only-" + Long.toString(System.nanoTime(), 36);
        String body = """
                {"id":"%s","version":"1.0.0","nameNl":"Alleen misdaad","nameEn":"Crime only","domains":[
                  {"id":"crime","labelNl":"Misdaad","labelEn":"Crime","weight":1,"rationale":"test","indicators":[
                    {"indicatorId":"violent_crime_per_1000","weight":1,"direction":"HIGHER_IS_RISKIER","rationale":"test"}]}]}
                """.formatted(id);
        Http.Response saved = http.post("/api/frameworks", "application/json", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(http.post("/api/frameworks", "application/json", body).status()).isEqualTo(409);
        JsonNode r = score("{\"level\":\"gemeente\",\"frameworkId\":\"" + id + "\",\"limit\":3}");
        assertThat(r.get("frameworkId").asString()).isEqualTo(id);
        assertThat(r.get("indicatorsUsed").toString()).isEqualTo("[\"violent_crime_per_1000\"]");
        assertThat(http.get("/api/frameworks").body()).contains(id);
    }

    @Test
    void indexIsAvailableToTheMapAtEveryLevel() {
        JsonNode f = http.get("/api/collections/wijken/items?gemeente=GM0153&limit=5&indicators=index,index_crime").json();
        JsonNode p = f.get("features").get(0).get("properties");
        assertThat(p.has("index")).isTrue();
        assertThat(p.get("index_status").asString()).isIn("derived", "missing");
        JsonNode g = http.get("/api/collections/gemeenten/items/GM0599?indicators=index").json().get("properties");
        JsonNode top = score("{\"level\":\"gemeente\",\"gemeente\":\"GM0599\"}").get("areas").get(0);
        assertThat(g.get("index").asDouble()).isEqualTo(top.get("score").asDouble());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"level\":\"land\"}|400|invalid-parameter",
        "{\"options\":{\"minCoverage\":3}}|400|invalid-parameter",
        "{\"options\":{\"normalisation\":\"FOO\"}}|400|malformed-body",
        "{bad json|400|malformed-body",
        "{\"frameworkId\":\"nope\"}|404|unknown-framework",
        "{\"gemeente\":\"GM9999\"}|404|unknown-area",
        "{\"limit\":0}|400|invalid-parameter",
        "{\"framework\":{\"id\":\"x\",\"version\":\"1\",\"domains\":[]}}|422|invalid-framework",
        "{\"framework\":{\"id\":\"x\",\"version\":\"1\",\"domains\":[{\"id\":\"d\",\"weight\":1,\"indicators\":[{\"indicatorId\":\"made_up\",\"weight\":1,\"direction\":\"HIGHER_IS_RISKIER\"}]}]}}|422|invalid-framework",
        "{\"framework\":{\"id\":\"x\",\"version\":\"1\",\"domains\":[{\"id\":\"d\",\"weight\":-1,\"indicators\":[{\"indicatorId\":\"crime_per_1000\",\"weight\":1,\"direction\":\"HIGHER_IS_RISKIER\"}]}]}}|422|invalid-framework"
    })
    void rejectsBadScoringRequests(String body, int status, String code) {
        Http.Response r = http.post("/api/scores", "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
    }
}
