package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorApiIT {

    @LocalServerPort
    int port;

    @Test
    void programmeHasAll27MunicipalitiesAndNoneIsEverAComparison() {
        JsonNode body = new Http(port).get("/api/monitor/programme?indicator=crime_total").json();
        Set<String> programme = new HashSet<>();
        body.get("municipalities").forEach(m -> programme.add(m.get("code").asString()));

        assertThat(programme).hasSize(27);
        for (JsonNode m : body.get("municipalities")) {
            assertThat(m.get("comparison").get("members")).hasSize(5);
            m.get("comparison").get("members").forEach(c -> assertThat(programme).doesNotContain(c.get("code").asString()));
            assertThat(m.get("caveats").toString()).contains("Not a causal estimate").contains("Short series");
        }
    }

    @Test
    void amsterdam2022IsRelatedToAmsterdamPlusWeesp() {
        JsonNode body = new Http(port).get("/api/monitor/GM0363?indicator=crime_total").json();
        JsonNode y2022 = body.get("series").get(1);

        assertThat(y2022.get("year").asInt()).isEqualTo(2022);
        assertThat(y2022.get("numerator").asDouble()).isEqualTo(76_403);
        assertThat(y2022.get("denominator").asDouble()).isEqualTo(882_633 + 20_766); // KWB 2022: Amsterdam + Weesp
        assertThat(y2022.get("value").asDouble()).isCloseTo(84.5728, within(1e-4));
        assertThat(y2022.get("status").asString()).isEqualTo("derived");
        assertThat(body.get("change").get("startYear").asInt()).isEqualTo(2022);
        assertThat(body.get("change").get("years").get(0).get("ownIndex").asDouble()).isEqualTo(100.0);
    }

    @Test
    void voorneAanZeeViolentCrime2022IsBrokenNotBridged() {
        JsonNode y2022 = new Http(port).get("/api/monitor/GM1992?indicator=crime_violent").json().get("series").get(0);

        assertThat(y2022.get("status").asString()).isEqualTo("broken");
        assertThat(y2022.get("value").isNull()).isTrue();
    }

    @Test
    void buurtHasACrimeSeriesWithoutComparison() {
        JsonNode body = new Http(port).get("/api/monitor/BU0363KA05?indicator=crime_total").json();

        assertThat(body.get("level").asString()).isEqualTo("buurt");
        assertThat(body.get("series")).hasSize(5);
        assertThat(body.get("comparison").isNull()).isTrue();
    }

    @Test
    void csvExportHasOneRowPerYearAndTheCaveats() {
        Http.Response r = new Http(port).get("/api/monitor/GM0014/export.csv?indicator=crime_total");

        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.body().lines().filter(l -> l.startsWith("GM0014,"))).hasSize(5);
        assertThat(r.body()).contains("# caveats: Not a causal estimate");
    }

    @Test
    void unknownIndicatorAndTrancheAreProblems() {
        Http http = new Http(port);
        Http.Response unknown = http.get("/api/monitor/GM0014?indicator=nope");
        Http.Response tranche = http.get("/api/monitor/programme?tranche=nope");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-indicator");
        assertThat(tranche.status()).isEqualTo(400);
        assertThat(tranche.json().get("parameter").asString()).isEqualTo("tranche");
        assertThat(http.get("/monitor/GM9999").status()).isEqualTo(404);
    }
}
