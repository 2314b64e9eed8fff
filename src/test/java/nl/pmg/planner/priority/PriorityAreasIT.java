package nl.pmg.planner.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Priority areas on the national data, through {@code GET /api/selections/{code}/priority-areas}: the review's
 * Utrecht case (Bedrijvengebied Kanaleneiland and Hoog-Catharijne at the top, nothing from Overvecht) under both
 * lenses, reach, ranking by need × reach, hot spots and bad parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PriorityAreasIT {

    private static final Pattern NON_RESIDENTIAL = Pattern.compile("(?i)bedrijv|industrie|station|catharijne|jaarbeurs|haven");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private JsonNode get(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void utrechtsResidentialPriorityAreasAreWhereYoungPeopleLive() {
        JsonNode r = get("/api/selections/GM0344/priority-areas?k=5");

        assertThat(r.get("lens").asString()).isEqualTo("residential");
        assertThat(r.get("lensLabelNl").asString()).isEqualTo("Waar jongeren wonen");
        assertThat(r.get("frameworkId").asString()).isEqualTo("residential");
        assertThat(r.get("eligibility").get("minResidents").asInt()).isEqualTo(500);
        assertThat(r.get("wijken").get("top").get(0).get("code").asString()).isEqualTo("WK034403"); // Overvecht
        for (String level : List.of("wijken", "buurten")) {
            for (JsonNode a : r.get(level).get("top")) {
                assertThat(a.get("residents").asDouble()).as(a.toString()).isGreaterThanOrEqualTo(500);
                assertThat(a.get("youngResidents").asDouble()).as(a.toString()).isPositive();
                assertThat(a.get("name").asString()).as(a.toString()).doesNotContainPattern(NON_RESIDENTIAL);
                assertThat(a.get("qualityFlags").toString()).doesNotContain("NOT_ELIGIBLE");
            }
        }
        assertThat(r.get("buurten").get("top").get(0).get("youngResidentsBasis").asString()).contains("wijk's share");
    }

    @Test
    void theIncidentsLensShowsTheHotPlacesTheResidentialLensLeavesOut() {
        JsonNode r = get("/api/selections/GM0344/priority-areas?k=5&lens=incidents");
        JsonNode first = r.get("buurten").get("top").get(0);

        assertThat(r.get("lens").asString()).isEqualTo("incidents");
        assertThat(first.get("name").asString()).isEqualTo("Hoog-Catharijne NS en Jaarbeurs");
        assertThat(first.get("crimes").asDouble()).isEqualTo(3343);
        assertThat(first.get("nationalRank").isNull()).isTrue();
        assertThat(list(r.get("buurten").get("top"))).isSortedAccordingTo(
                (a, b) -> Double.compare(b.get("crimes").asDouble(), a.get("crimes").asDouble()));
        JsonNode perKm2 = get("/api/selections/GM0344/priority-areas?k=5&lens=incidents&rank=per_km2").get("buurten").get("top");
        assertThat(list(perKm2)).isSortedAccordingTo(
                (a, b) -> Double.compare(b.get("crimesPerKm2").asDouble(), a.get("crimesPerKm2").asDouble()));
    }

    @Test
    void needTimesReachOrdersByScoreTimesYoungResidents() {
        JsonNode top = get("/api/selections/GM0344/priority-areas?k=10&rank=need_x_reach").get("wijken").get("top");

        assertThat(top).hasSize(10);
        for (JsonNode a : top) {
            assertThat(a.get("needTimesReach").asDouble())
                    .isCloseTo(a.get("score").asDouble() / 100 * a.get("youngResidents").asDouble(),
                            org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(list(top)).isSortedAccordingTo(
                (a, b) -> Double.compare(b.get("needTimesReach").asDouble(), a.get("needTimesReach").asDouble()));
    }

    @Test
    void hotSpotsHaveAtLeastThreeNeighboursAndReportTheirResidents() {
        List<JsonNode> hot = new ArrayList<>();
        for (String code : List.of("GM0363", "GM0599", "GM0344")) {
            get("/api/selections/" + code + "/priority-areas?k=1").get("buurten").get("hotSpots").forEach(hot::add);
        }
        assertThat(hot).isNotEmpty().allSatisfy(h -> {
            assertThat(h.get("neighbours").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(h.get("residents").asDouble()).isGreaterThanOrEqualTo(500);
            assertThat(h.get("pValue").asDouble()).isLessThanOrEqualTo(0.05);
        });
    }

    @Test
    void aLensOrRankItDoesNotKnowIsABadParameter() {
        Http.Response lens = http.get("/api/selections/GM0344/priority-areas?lens=crime");
        Http.Response rank = http.get("/api/selections/GM0344/priority-areas?lens=residential&rank=count");

        assertThat(lens.status()).isEqualTo(400);
        assertThat(lens.json().get("parameter").asString()).isEqualTo("lens");
        assertThat(rank.status()).isEqualTo(400);
        assertThat(rank.json().get("parameter").asString()).isEqualTo("rank");
        assertThat(rank.json().get("code").asString()).isEqualTo("invalid-parameter");
    }
}
