package nl.pmg.planner.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/selections/sensitivity} on the national data: the 2023 replay and a constrained selection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SensitivityApiIT {

    @LocalServerPort
    int port;

    private JsonNode post(String body, int expected) {
        Http.Response r = new Http(port, "analyst", "demo-analyst").post("/api/selections/sensitivity",
                "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r.json();
    }

    @Test
    void everySelectedAreaGetsItsWeightRangesIndicesAndIrreplaceability() {
        JsonNode r = post(SensitivityBench.REPLAY_2023.replace("\"draws\":2000", "\"draws\":300"), 200);
        assertThat(r.get("dataVintage").asString()).isEqualTo("asof-2023");
        List<String> inputs = new ArrayList<>();
        r.get("inputs").forEach(i -> inputs.add(i.get("id").asString()));
        assertThat(inputs).containsExactly("weight:youth_family", "weight:socio_economic", "weight:crime",
                "weight:living_environment", "weight:trend", "normalisation", "aggregation", "missingPolicy");
        assertThat(r.get("draws").asInt()).isEqualTo(30 * 10);
        assertThat(r.get("baseSelection")).hasSize(8);
        int base = 0;
        for (JsonNode a : r.get("areas")) {
            double p = a.get("probability").asDouble();
            assertThat(p).isBetween(0.0, 1.0);
            assertThat(a.get("irreplaceability").asDouble()).isBetween(0.0, 1.0);
            if (a.get("inBase").asBoolean()) {
                base++;
                assertThat(a.get("ranges")).hasSize(5);
                for (JsonNode g : a.get("ranges")) {
                    assertThat(g.get("low").asDouble()).isLessThanOrEqualTo(g.get("current").asDouble() + 1e-9);
                    assertThat(g.get("high").asDouble()).isGreaterThanOrEqualTo(g.get("current").asDouble() - 1e-9);
                }
            }
            if (p > 0 && p < 1) {
                assertThat(a.get("indices")).hasSize(8);
                // at gemeente level the missing-value rule cannot change anything: exactly 0
                assertThat(a.get("indices").get(7).get("total").asDouble()).isZero();
            }
        }
        assertThat(base).isEqualTo(8);
        assertThat(r.get("portfolio").get("solutions").asInt()).isPositive();
        // the same seed gives the same numbers
        JsonNode again = post(SensitivityBench.REPLAY_2023.replace("\"draws\":2000", "\"draws\":300"), 200);
        assertThat(again.get("areas")).isEqualTo(r.get("areas"));
    }

    @Test
    void aConstrainedSelectionIsAnalysedOnItsOwnProblem() {
        JsonNode r = post("{\"selection\":{\"add\":3,\"constraints\":{\"perProvince\":{\"max\":1},\"regionBoundsCountLockedIn\":false}},"
                + "\"draws\":100,"
                + "\"normalisations\":[\"PERCENTILE_RANK\"],\"aggregations\":[\"ARITHMETIC\",\"GEOMETRIC\"],"
                + "\"missingPolicies\":[\"REWEIGHT\"],\"maxSolutions\":200}", 200);
        assertThat(r.get("inputs")).hasSize(6); // five domain weights and the aggregation
        assertThat(r.get("baseSelection")).hasSize(3);
        assertThat(r.get("dataVintage").asString()).isEqualTo("latest");
    }

    @Test
    void badRequestsNameTheField() {
        assertThat(post("{}", 400).get("parameter").asString()).isEqualTo("selection");
        assertThat(post("{\"selection\":{\"add\":3},\"draws\":0}", 400).get("parameter").asString()).isEqualTo("draws");
        assertThat(post("{\"selection\":{\"add\":3},\"weightSpread\":1.5}", 400).get("parameter").asString())
                .isEqualTo("weightSpread");
        assertThat(post("{\"selection\":{\"add\":3},\"gap\":0.5}", 400).get("parameter").asString()).isEqualTo("gap");
        assertThat(post("{\"selection\":{\"add\":3},\"normalisations\":[null]}", 400).get("parameter").asString())
                .isEqualTo("normalisations");
        assertThat(post("{\"selection\":{\"add\":0}}", 400).get("code").asString()).isEqualTo("invalid-parameter");
    }
}
