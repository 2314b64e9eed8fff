package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Disclosure control as each role sees it: a municipality gets buurt detail of its own gemeente and
 * none elsewhere, the public no wijk or buurt values at all — in features, layers, indicator values,
 * exports and the monitor alike. Plus login failures and the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureIT {

    @LocalServerPort
    int port;

    private Http enschede() {
        return new Http(port, "enschede", "demo-enschede");
    }

    @Test
    void municipalityGetsBuurtDetailOfItsOwnGemeenteOnly() {
        JsonNode own = enschede().get("/api/collections/buurten/items?gemeente=GM0153&indicators=population&limit=1000").json();
        assertThat(own.get("features").size()).isGreaterThan(10);
        int withValue = 0;
        for (JsonNode f : own.get("features")) {
            if (!f.get("properties").get("population").isNull()) {
                withValue++;
            }
        }
        assertThat(withValue).isGreaterThan(10);

        JsonNode other = enschede().get("/api/collections/buurten/items?gemeente=GM0363&indicators=population&limit=1000").json();
        assertThat(other.get("features").size()).isGreaterThan(10);
        for (JsonNode f : other.get("features")) {
            assertThat(f.get("properties").get("population").isNull()).isTrue();
            assertThat(f.get("properties").get("population_status").asString()).isEqualTo("suppressed");
        }
    }

    @Test
    void municipalityLayerValuesAreSuppressedOutsideItsGemeente() {
        JsonNode values = enschede().get("/api/layers/population/values?level=buurt").json().get("values");
        int ownWithValue = 0;
        for (var e : values.properties()) {
            boolean own = e.getKey().startsWith("BU0153");
            if (!own) {
                assertThat(e.getValue().get(0).isNull()).as(e.getKey()).isTrue();
                assertThat(e.getValue().get(1).asString()).isEqualTo("suppressed");
            } else if (!e.getValue().get(0).isNull()) {
                ownWithValue++;
            }
        }
        assertThat(ownWithValue).isGreaterThan(10);
    }

    @Test
    void anonymousGetsNoBuurtOrWijkValues() {
        Http anonymous = Http.anonymous(port);
        for (String level : new String[] {"wijk", "buurt"}) {
            JsonNode summary = anonymous.get("/api/indicators/population/values?level=" + level).json().get("summary");
            assertThat(summary.get("withValue").asInt()).isZero();
            assertThat(summary.get("suppressed").asInt()).isEqualTo(summary.get("areas").asInt());
            for (var e : anonymous.get("/api/layers/population/values?level=" + level).json().get("values").properties()) {
                assertThat(e.getValue().get(0).isNull()).as(e.getKey()).isTrue();
            }
        }
        for (JsonNode f : anonymous.get("/api/collections/buurten/items?gemeente=GM0153&indicators=population,index&limit=1000")
                .json().get("features")) {
            assertThat(f.get("properties").get("population").isNull()).isTrue();
            assertThat(f.get("properties").get("index").isNull()).isTrue();
            assertThat(f.get("properties").get("population_status").asString()).isEqualTo("suppressed");
        }
        // gemeente level stays public
        JsonNode gemeente = anonymous.get("/api/collections/gemeenten/items/GM0153?indicators=population").json();
        assertThat(gemeente.get("properties").get("population").asDouble()).isGreaterThan(100_000);
    }

    @Test
    void exportsApplyTheSameRule() {
        String other = enschede().get("/api/exports/buurten.csv?gemeente=GM0363&indicators=population").body();
        String own = enschede().get("/api/exports/buurten.csv?gemeente=GM0153&indicators=population").body();
        assertThat(other.lines().skip(1)).isNotEmpty().allMatch(l -> l.endsWith(",suppressed"));
        assertThat(own.lines().skip(1).filter(l -> l.endsWith(",observed") || l.endsWith(",derived")).count()).isGreaterThan(10);
        assertThat(Http.anonymous(port).get("/api/exports/buurten.csv").status()).isEqualTo(401);
    }

    @Test
    void monitorAndPriorityAreasBelowGemeenteLevelNeedDetailRights() {
        assertThat(Http.anonymous(port).get("/api/monitor/BU0363KA05?indicator=crime_total").status()).isEqualTo(401);
        assertThat(enschede().get("/api/monitor/BU0363KA05?indicator=crime_total").status()).isEqualTo(403);
        assertThat(new Http(port, "amsterdam", "demo-amsterdam").get("/api/monitor/BU0363KA05?indicator=crime_total").status())
                .isEqualTo(200);
        assertThat(enschede().get("/api/selections/GM0363/priority-areas").status()).isEqualTo(403);
        assertThat(enschede().get("/api/selections/GM0153/priority-areas").status()).isEqualTo(200);
    }

    @Test
    void unauthenticatedAndForbiddenAreProblemsNeverRedirects() {
        Http.Response anonymous = Http.anonymous(port).post("/api/scores", "application/json", "{\"level\":\"gemeente\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthenticated");
        Http.Response wrong = new Http(port, "analyst", "not-the-password").get("/api/scenarios");
        assertThat(wrong.status()).isEqualTo(401);
        Http.Response forbidden = enschede().post("/api/scores", "application/json", "{\"level\":\"gemeente\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void decisionsAndFailedLoginsAreInTheAuditTrailForManagersOnly() {
        new Http(port, "amsterdam", "wrong-password").get("/api/scenarios");
        Http manager = new Http(port);
        Http.Response saved = manager.post("/api/decisions", "application/json",
                "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"adopt\",\"note\":\"test\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode audit = manager.get("/api/audit?limit=50").json();
        assertThat(audit.get("chainIntact").asBoolean()).isTrue();
        String actions = audit.get("events").toString();
        assertThat(actions).contains("\"action\":\"decision\"").contains("\"action\":\"login-failed\"");
        assertThat(new Http(port, "analyst", "demo-analyst").get("/api/audit").status()).isEqualTo(403);
        assertThat(manager.post("/api/decisions", "application/json", "{\"scenarioId\":\"x\",\"decision\":\"maybe\"}").json()
                .get("parameter").asString()).isEqualTo("decision");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
