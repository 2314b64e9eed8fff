package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Saved frameworks and uncertainty jobs live in PostGIS, not in an instance: what one instance
 * saves or starts, the other serves, follows and cancels.
 */
class SharedStateIT {

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static Http httpA;
    static Http httpB;

    @BeforeAll
    static void start() {
        a = TwoInstancesIT.instance();
        b = TwoInstancesIT.instance();
        httpA = new Http(TwoInstancesIT.port(a));
        httpB = new Http(TwoInstancesIT.port(b));
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aFrameworkSavedOnOneInstanceScoresOnTheOther() {
        String id = "shared-" + Long.toString(System.nanoTime(), 36);
        String body = """
                {"id":"%s","version":"1.0.0","nameNl":"Gedeeld","nameEn":"Shared","domains":[
                  {"id":"crime","labelNl":"Misdaad","labelEn":"Crime","weight":1,"rationale":"test","indicators":[
                    {"indicatorId":"crime_per_1000","weight":1,"direction":"HIGHER_IS_RISKIER","rationale":"test"}]}]}
                """.formatted(id);
        assertThat(httpA.post("/api/frameworks", "application/json", body).status()).isEqualTo(201);
        assertThat(httpB.post("/api/frameworks", "application/json", body).status()).isEqualTo(409);
        Http.Response scored = httpB.post("/api/scores", "application/json",
                "{\"level\":\"gemeente\",\"frameworkId\":\"" + id + "\",\"limit\":1}");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().get("indicatorsUsed").toString()).isEqualTo("[\"crime_per_1000\"]");
    }

    @Test
    void anUncertaintyJobStartedOnOneInstanceIsFollowedAndCancelledOnTheOther() throws Exception {
        Http.Response started = httpA.post("/api/selections/uncertainty?async=true", "application/json",
                "{\"level\":\"gemeente\",\"add\":5,\"draws\":10000,\"seed\":7}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode seen = httpB.get("/api/selections/uncertainty/" + id).json();
        assertThat(seen.get("draws").asInt()).isEqualTo(10_000);
        HttpResponse<String> cancelled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + TwoInstancesIT.port(b) + "/api/selections/uncertainty/" + id))
                .header("Authorization", Http.MANAGER).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).isEqualTo(200);
        JsonNode job = httpA.get("/api/selections/uncertainty/" + id).json();
        for (int i = 0; i < 200 && job.get("result").isNull(); i++) {
            Thread.sleep(100);
            job = httpB.get("/api/selections/uncertainty/" + id).json();
        }
        assertThat(job.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(job.get("completed").asInt()).isLessThan(10_000);
    }
}
