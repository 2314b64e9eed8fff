package nl.pmg.planner.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;

/** Calibration on the 2023 round of the shipped data through {@code /api/calibrations}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CalibrationApiIT.Events.class)
class CalibrationApiIT {

    @TestConfiguration
    static class Events {

        final List<CalibrationSaved> saved = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CalibrationSaved e) {
            saved.add(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Events events;

    Http analyst;

    @BeforeEach
    void client() {
        analyst = new Http(port, "analyst", "demo-analyst");
    }

    private JsonNode post(String body, int expected) {
        Http.Response r = analyst.post("/api/calibrations", "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r.json();
    }

    @Test
    void theBuiltInCalibrationOf2023ExplainsTheChoiceWithWeightsThatRespectTheirDirections() {
        JsonNode doc = Http.anonymous(port).get("/api/calibrations/round-2023").json();
        assertThat(doc.get("rounds").get(0).asString()).isEqualTo("2023");
        assertThat(doc.get("dataVintages").get(0).asString()).isEqualTo("2023: asof-2023");
        double sum = 0;
        double defaultSum = 0;
        for (JsonNode w : doc.get("weights")) {
            double share = w.get("share").asDouble();
            assertThat(share).as(w.get("id").asString()).isBetween(0.0, 1.0);
            assertThat(w.get("low").asDouble()).isLessThanOrEqualTo(w.get("high").asDouble());
            sum += share;
            defaultSum += w.get("defaultShare").asDouble();
        }
        // framework 2.0.0's trend (2022–2025) cannot be in the data as of 2023-03-01: four domains, and it says so
        assertThat(doc.get("weights")).extracting(w -> w.get("id").asString())
                .containsExactly("youth_family", "socio_economic", "crime", "living_environment");
        assertThat(doc.get("warnings").toString()).contains("crime_trend_2022_2025 is not in the data as of 2023-03-01");
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(defaultSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode inSample = doc.get("inSample").get(0);
        assertThat(inSample.get("chosen").asInt()).isEqualTo(8);
        // the default picks 4 of the 8 (the replay of uitbreiding-2023); the ranks of all 8 are reported
        assertThat(inSample.get("standard").get("picked").asInt()).isEqualTo(4);
        assertThat(inSample.get("calibrated").get("ranks")).hasSize(8);
        assertThat(inSample.get("calibrated").get("picked").asInt()).isBetween(0, 8);
        assertThat(doc.get("test").get("permutations").asInt()).isEqualTo(199);
        assertThat(doc.get("test").get("pValue").asDouble()).isBetween(1.0 / 200, 1.0);
        assertThat(doc.get("framework").get("nameEn").asString()).isEqualTo("Calibrated on the 2023 choice (domains)");
        assertThat(doc.get("framework").get("nameNl").asString()).isEqualTo("Gekalibreerd op de keuze van 2023 (domeinen)");
        assertThat(doc.get("saved").asBoolean()).isFalse();
    }

    @Test
    void aSavedCalibrationIsAVersionedFrameworkUsableLikeAnyOtherAndNeverTheDefault() {
        JsonNode before = Http.anonymous(port).get("/api/frameworks/default").json();
        int eventsBefore = events.saved.size();
        Http.Response first = analyst.post("/api/calibrations", "application/json",
                "{\"rounds\":[\"2023\"],\"bootstrap\":20,\"permutations\":19,\"seed\":7,\"save\":true}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode a = first.json();
        Http.Response second = analyst.post("/api/calibrations", "application/json",
                "{\"rounds\":[\"2023\"],\"bootstrap\":20,\"permutations\":19,\"seed\":7,\"save\":true}");
        JsonNode b = second.json();
        String id = a.get("framework").get("id").asString();
        assertThat(id).isEqualTo("calibrated-2023");
        int va = Integer.parseInt(a.get("framework").get("version").asString());
        assertThat(b.get("framework").get("version").asString()).isEqualTo(String.valueOf(va + 1));
        assertThat(a.get("saved").asBoolean()).isTrue();
        assertThat(a.get("createdBy").asString()).isEqualTo("analyst");
        assertThat(events.saved.size()).isEqualTo(eventsBefore + 2);
        CalibrationSaved e = events.saved.get(eventsBefore);
        assertThat(e.actor()).isEqualTo("analyst");
        assertThat(e.action()).isEqualTo("calibration-saved");
        assertThat(e.target()).isEqualTo("calibration " + a.get("id").asString());

        // the same numbers for the same seed, saved or not
        assertThat(b.get("weights")).isEqualTo(a.get("weights"));
        JsonNode stored = Http.anonymous(port).get("/api/calibrations/" + a.get("id").asString()).json();
        assertThat(stored.get("weights")).isEqualTo(a.get("weights"));

        // usable like any other: score with it by id, and it is listed with the other frameworks
        Http.Response scored = analyst.post("/api/scores", "application/json",
                "{\"level\":\"gemeente\",\"frameworkId\":\"" + id + "\",\"limit\":3}");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().get("frameworkId").asString()).isEqualTo(id);
        List<String> listed = new ArrayList<>();
        Http.anonymous(port).get("/api/frameworks").json().get("frameworks").forEach(f -> listed.add(f.get("id").asString()));
        assertThat(listed).contains("default", id);
        // never the default
        assertThat(Http.anonymous(port).get("/api/frameworks/default").json()).isEqualTo(before);
        List<String> savedIds = new ArrayList<>();
        Http.anonymous(port).get("/api/calibrations").json().get("calibrations")
                .forEach(c -> savedIds.add(c.get("id").asString()));
        assertThat(savedIds).contains(a.get("id").asString(), b.get("id").asString());
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        assertThat(post("{}", 400).get("parameter").asString()).isEqualTo("rounds");
        assertThat(post("{\"rounds\":[\"1999\"]}", 400).get("parameter").asString()).isEqualTo("rounds");
        assertThat(post("{\"rounds\":[\"2023\"],\"granularity\":\"buurt\"}", 400).get("parameter").asString())
                .isEqualTo("granularity");
        assertThat(post("{\"rounds\":[\"2023\"],\"permutations\":5}", 400).get("parameter").asString())
                .isEqualTo("permutations");
        assertThat(post("{\"rounds\":[\"2023\"],\"bootstrap\":-1}", 400).get("parameter").asString())
                .isEqualTo("bootstrap");
        assertThat(Http.anonymous(port).get("/api/calibrations/round-1999").status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/calibrations/123456789").json().get("code").asString())
                .isEqualTo("unknown-calibration");
        assertThat(Http.anonymous(port).post("/api/calibrations", "application/json", "{\"rounds\":[\"2023\"]}")
                .status()).isEqualTo(401);
    }
}
