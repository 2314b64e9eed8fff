package nl.pmg.planner.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorTrendsApiIT {

    @LocalServerPort
    int port;

    @Test
    void trendsCoverEveryGemeenteWithAPointInTheNetherlands() {
        JsonNode body = new Http(port).get("/api/monitor/trends?indicator=crime_total&from=2021&to=2025").json();

        assertThat(body.get("from").asInt()).isEqualTo(2021);
        assertThat(body.get("to").asInt()).isEqualTo(2025);
        assertThat(body.get("band").asDouble()).isEqualTo(5.0);
        assertThat(body.get("areas")).hasSize(342);
        assertThat(body.get("caveats").toString()).contains("registration effect").contains("Not a causal estimate");
        int ok = 0;
        for (JsonNode a : body.get("areas")) {
            double lon = a.get("point").get(0).asDouble();
            double lat = a.get("point").get(1).asDouble();
            assertThat(lon).isBetween(3.2, 7.3);
            assertThat(lat).isBetween(50.7, 53.6);
            if (a.get("status").asString().equals("ok")) {
                ok++;
                double pct = a.get("changePct").asDouble();
                String expected = Math.abs(pct) <= 5 ? "flat" : pct > 0 ? "up" : "down";
                assertThat(a.get("direction").asString()).isEqualTo(expected);
            } else {
                assertThat(a.get("direction").asString()).isEqualTo("none");
            }
        }
        assertThat(ok).isGreaterThan(300);
        assertThat(body.get("missing").asInt()).isEqualTo(342 - ok);
    }

    @Test
    void groningenChangeIsComputedFromTheSeries() {
        JsonNode body = new Http(port).get("/api/monitor/trends?from=2021&to=2022").json();
        JsonNode groningen = null;
        for (JsonNode a : body.get("areas")) {
            if (a.get("code").asString().equals("GM0014")) {
                groningen = a;
            }
        }
        // series_gemeente.csv: 11378 / 233273 and 13454 / 234950 crimes per inhabitant; over two years the
        // least-squares slope is the difference, relative to the mean of the two (the catalogue's trend definition)
        double from = 1000.0 * 11378 / 233273;
        double to = 1000.0 * 13454 / 234950;
        assertThat(groningen.get("changePct").asDouble())
                .isCloseTo(100 * (to - from) / ((from + to) / 2), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(groningen.get("trendPctPerYear").asDouble())
                .isCloseTo(100 * (to - from) / ((from + to) / 2), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(groningen.get("direction").asString()).isEqualTo("up");
        assertThat(body.get("caveats").toString()).contains("COVID lockdown year");
    }

    @Test
    void trendsStartIn2022UnlessAskedFor2021() {
        JsonNode body = new Http(port).get("/api/monitor/trends").json();

        assertThat(body.get("from").asInt()).isEqualTo(2022);
        assertThat(body.get("caveats").toString()).doesNotContain("COVID lockdown year");
    }

    @Test
    void invalidYearsAreBadRequestsAndUnknownIndicatorIsNotFound() {
        Http http = new Http(port);
        Http.Response early = http.get("/api/monitor/trends?from=2019&to=2025");
        Http.Response reversed = http.get("/api/monitor/trends?from=2025&to=2021");
        Http.Response text = http.get("/api/monitor/trends?from=abc");
        Http.Response unknown = http.get("/api/monitor/trends?indicator=nope");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("parameter").asString()).isEqualTo("from");
        assertThat(early.json().get("code").asString()).isEqualTo("invalid-parameter");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(text.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-indicator");
    }

    @Test
    void focusAreasListAllTwentyAndShowSeriesForTheSeventeenMappedToWijken() {
        JsonNode body = new Http(port).get("/api/monitor/focus-areas").json();

        assertThat(body.get("focusAreas")).hasSize(20);
        List<String> mapped = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (JsonNode f : body.get("focusAreas")) {
            assertThat(f.get("mappingReason").asString()).isNotBlank();
            if (f.get("mapping").asString().equals("none")) {
                unmapped.add(f.get("name").asString());
                assertThat(f.get("note").asString()).isEqualTo("no wijk mapping — series not shown");
                assertThat(f.get("years")).isEmpty();
                assertThat(f.get("wijkCodes")).isEmpty();
            } else {
                assertThat(f.get("mapping").asString()).isEqualTo("derived");
                mapped.add(f.get("name").asString());
                assertThat(f.get("years")).hasSize(5);
                assertThat(f.get("note").asString()).contains("population of 1 Jan 2024 for every year");
            }
        }
        assertThat(mapped).hasSize(17).contains("Rotterdam-Zuid", "Amsterdam Zuidoost", "Overvecht");
        assertThat(unmapped).containsExactlyInAnyOrder("Tilburg-Noordwest", "Lelystad-Oost", "Centrale As");
    }

    @Test
    void rotterdamZuidSumsFeijenoordCharloisAndIJsselmonde() {
        JsonNode zuid = null;
        for (JsonNode f : new Http(port).get("/api/monitor/focus-areas").json().get("focusAreas")) {
            if (f.get("name").asString().equals("Rotterdam-Zuid")) {
                zuid = f;
            }
        }
        assertThat(zuid.get("wijkNames").toString()).contains("Feijenoord").contains("Charlois").contains("IJsselmonde");
        // variables_wijk.csv, 2024 inhabitants: Feijenoord 79,440 + IJsselmonde 62,670 + Charlois 70,525
        assertThat(zuid.get("years").get(0).get("wijkPopulation2024").asDouble()).isEqualTo(79_440 + 62_670 + 70_525);
    }

    @Test
    void overvechtIsIndexedToUtrechtsStartYear() {
        JsonNode overvecht = null;
        for (JsonNode f : new Http(port).get("/api/monitor/focus-areas").json().get("focusAreas")) {
            if (f.get("wijkCodes").toString().contains("WK034403")) {
                overvecht = f;
            }
        }
        int start = overvecht.get("startYear").asInt();
        JsonNode base = overvecht.get("years").get(start - 2021);
        JsonNode y2021 = overvecht.get("years").get(0);

        assertThat(base.get("wijkIndex").asDouble()).isEqualTo(100.0);
        assertThat(base.get("gemeenteIndex").asDouble()).isEqualTo(100.0);
        // variables_wijk.csv: 2,109 crimes in 2021 over 35,255 inhabitants (2024)
        assertThat(y2021.get("wijkCrimes").asDouble()).isEqualTo(2109);
        assertThat(y2021.get("wijkPopulation2024").asDouble()).isEqualTo(35255);
        assertThat(y2021.get("wijkPerThousand").asDouble())
                .isCloseTo(1000.0 * 2109 / 35255, org.assertj.core.api.Assertions.within(1e-9));
    }
}
