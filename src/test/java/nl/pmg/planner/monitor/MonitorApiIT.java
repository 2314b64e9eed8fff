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
    void programmeHasAll47MunicipalitiesAndNoneInTheWindowIsEverAComparison() {
        JsonNode body = new Http(port).get("/api/monitor/programme?indicator=crime_total").json();
        JsonNode memberships = new Http(port).get("/api/programme").json().get("memberships");
        assertThat(body.get("municipalities")).hasSize(47);
        for (JsonNode m : body.get("municipalities")) {
            int from = m.get("window").get("fromYear").asInt();
            int to = m.get("window").get("toYear").asInt();
            assertThat(from).isEqualTo(m.get("startYear").asInt() - 1);
            assertThat(to).isEqualTo(2025);
            Set<String> inWindow = new HashSet<>();
            memberships.forEach(ms -> {
                int start = Integer.parseInt(ms.get("startDate").asString().substring(0, 4));
                boolean ended = !ms.get("endDate").isNull()
                        && Integer.parseInt(ms.get("endDate").asString().substring(0, 4)) < from;
                if (start <= to && !ended) {
                    inWindow.add(ms.get("code").asString());
                }
            });
            assertThat(inWindow).hasSize(47);
            assertThat(m.get("window").get("excludedProgrammeMunicipalities").asInt()).isEqualTo(inWindow.size());
            assertThat(m.get("comparison").get("members")).hasSize(5);
            m.get("comparison").get("members").forEach(c -> assertThat(inWindow).doesNotContain(c.get("code").asString()));
            // placebo pool: the 342 gemeenten minus the 47 (a few lack a matching variable or a start value)
            assertThat(m.get("change").get("placeboCount").asInt()).isLessThanOrEqualTo(342 - 47);
            assertThat(m.get("caveats").toString()).contains("Not a causal estimate").contains("Short series")
                    .contains("Comparison window " + from + "–2025");
        }
    }

    @Test
    void theRegionalRoundOf2024IsItsOwnTrancheIndexedTo2024() {
        JsonNode body = new Http(port).get("/api/monitor/programme?indicator=crime_total&tranche=regional-2024").json();
        assertThat(body.get("municipalities")).hasSize(20);
        for (JsonNode m : body.get("municipalities")) {
            assertThat(m.get("tranche").asString()).isEqualTo("regional-2024");
            assertThat(m.get("startYear").asInt()).isEqualTo(2024);
            assertThat(m.get("change").get("years").get(0).get("year").asInt()).isEqualTo(2024);
            assertThat(m.get("change").get("years").get(0).get("ownIndex").asDouble()).isEqualTo(100.0);
        }
        String csv = new Http(port).get("/api/monitor/programme/export.csv?tranche=regional-2024").body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",comparison_window");
        assertThat(csv).contains(",2023-2025").contains(",regional-2024,");
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
