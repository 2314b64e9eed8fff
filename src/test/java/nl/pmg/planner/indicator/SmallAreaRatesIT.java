package nl.pmg.planner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Honest small-area rates and the data fixes served as they should be: a rate over fewer residents than the
 * eligibility threshold is {@code unreliable} in /values, items and exports (BU0363AD01 Stationsplein: 5 residents,
 * 376,400 crimes per 1,000); the 8 buurten without a boundary are in /values; a wijk the 2022 table does not have
 * is "missing" (not available), not "suppressed"; the lenses on POST /api/scores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmallAreaRatesIT {

    @LocalServerPort
    int port;

    @Test
    void aRateOverFewResidentsIsServedAsUnreliableInValuesItemsAndExports() {
        Http http = new Http(port);
        JsonNode values = http.get("/api/indicators/crime_per_1000/values?level=buurt").json();
        JsonNode item = http.get("/api/collections/buurten/items/BU0363AD01?indicators=crime_per_1000&zoom=12").json();
        String csv = http.get("/api/exports/buurten.csv?indicators=crime_per_1000&gemeente=GM0363").body();
        JsonNode layer = http.get("/api/layers/crime_per_1000/values?level=buurt").json();

        assertThat(values.get("values").get("BU0363AD01").get("status").asString()).isEqualTo("unreliable");
        assertThat(values.get("values").get("BU0363AD01").get("value").asDouble()).isEqualTo(376_400);
        // the value itself stays; the summary's range leaves the unreliable ones out, as the map's classes do
        assertThat(values.get("summary").get("unreliable").asInt()).isGreaterThan(1_000);
        assertThat(values.get("summary").get("max").asDouble()).isLessThan(376_400);
        assertThat(item.get("properties").get("crime_per_1000_status").asString()).isEqualTo("unreliable");
        assertThat(csv).contains("BU0363AD01,Stationsplein e.o.").containsPattern("BU0363AD01,[^\\n]*,unreliable");
        assertThat(layer.get("values").get("BU0363AD01").get(1).asString()).isEqualTo("unreliable");
        // a buurt of 4,745 residents keeps its status
        assertThat(values.get("values").get("BU00140000").get("status").asString()).isEqualTo("derived");
    }

    @Test
    void theEightBuurtenWithoutABoundaryAreServedInValues() {
        JsonNode values = new Http(port).get("/api/indicators/population/values?level=buurt").json();

        assertThat(values.get("values").size()).isEqualTo(14_574);
        assertThat(values.get("summary").get("withoutBoundary").asInt()).isEqualTo(8);
    }

    @Test
    void aWijkAbsentFromThe2022TableIsNotAvailableRatherThanSuppressed() {
        JsonNode summary = new Http(port).get("/api/indicators/low_income_persons_pct/values?level=wijk").json()
                .get("summary");

        // 378 wijken blank: 185 codes the 2022 table does not have (missing), 193 withheld by CBS (suppressed)
        assertThat(summary.get("missing").asInt()).isEqualTo(185);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(193);
    }

    @Test
    void scoresTakeALens() {
        Http http = new Http(port);
        JsonNode residential = http.post("/api/scores", "application/json",
                "{\"level\":\"wijk\",\"lens\":\"residential\",\"gemeente\":\"GM0344\",\"limit\":1}").json();
        JsonNode incidents = http.post("/api/scores", "application/json",
                "{\"level\":\"buurt\",\"lens\":\"incidents\",\"gemeente\":\"GM0344\",\"limit\":1}").json();
        Http.Response both = http.post("/api/scores", "application/json",
                "{\"level\":\"wijk\",\"lens\":\"residential\",\"frameworkId\":\"default\"}");

        assertThat(residential.get("frameworkId").asString()).isEqualTo("residential");
        assertThat(residential.get("effectiveWeights").has("crime_per_1000")).isFalse();
        assertThat(residential.get("areas").get(0).get("code").asString()).isEqualTo("WK034403");
        assertThat(incidents.get("lens").asString()).isEqualTo("incidents");
        assertThat(incidents.get("areas").get(0).get("name").asString()).isEqualTo("Hoog-Catharijne NS en Jaarbeurs");
        assertThat(incidents.get("areas").get(0).get("crimesPerKm2").asDouble()).isPositive();
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("parameter").asString()).isEqualTo("lens");
    }
}
