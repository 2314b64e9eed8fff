package nl.pmg.planner.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The selection planner on the national data through {@code /api/selections}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelectionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Programme programme;

    @Autowired
    Scores scores;

    @Autowired
    GemeenteInput gemeenteInput;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode post(String path, String body, int expected) {
        Http.Response r = http.post(path, "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r.json();
    }

    private static List<String> codes(JsonNode selected) {
        List<String> out = new ArrayList<>();
        selected.forEach(s -> out.add(s.get("code").asString()));
        return out;
    }

    @Test
    void addsEightToTheProgrammeWithExplanations() {
        JsonNode r = post("/api/selections", "{\"level\":\"gemeente\",\"add\":8}", 200);
        assertThat(r.get("status").asString()).isEqualTo("OPTIMAL");
        assertThat(r.get("lockedIn").size()).isEqualTo(47);
        Set<String> programmeCodes = new HashSet<>(programme.members().stream().map(Member::code).toList());
        assertThat(codes(r.get("selected"))).hasSize(8).doesNotContainAnyElementsOf(programmeCodes);
        JsonNode first = r.get("selected").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("contributions").size()).isGreaterThanOrEqualTo(4);
        assertThat(first.get("reasons").get(0).asString()).startsWith("severity pathway");
        assertThat(first.get("reasons").get(1).asString()).startsWith("national rank");
        assertThat(first.get("pathway").asString()).isEqualTo("severity");
        assertThat(first.get("pathwayBasis").get("rank").asInt()).isEqualTo(first.get("nationalRank").asInt());
        assertThat(first.get("replacementCost").asDouble()).isGreaterThanOrEqualTo(0);
        JsonNode runnerUp = r.get("runnersUp").get(0);
        assertThat(runnerUp.get("keptOutBy").get(0).asString()).isEqualTo("objective");
        assertThat(runnerUp.get("score").asDouble()).isLessThanOrEqualTo(r.get("selected").get(7).get("score").asDouble());
    }

    @Test
    void respectsLockedInBudgetAndRegionCapsOnTheNationalData() {
        Map<String, Integer> lockedPerProvince = new HashMap<>();
        programme.members().forEach(m -> lockedPerProvince.merge(region(m.code()).regions().provinceCode(), 1, Integer::sum));
        Map<String, Integer> lockedPerUnit = new HashMap<>();
        programme.members().forEach(m -> lockedPerUnit.merge(region(m.code()).regions().policeUnitCode(), 1, Integer::sum));
        // Caps one above the fullest region: binding there, loose elsewhere.
        int provinceCap = lockedPerProvince.values().stream().max(Integer::compare).orElseThrow() + 1;
        int unitCap = lockedPerUnit.values().stream().max(Integer::compare).orElseThrow() + 1;
        String body = "{\"add\":10,\"constraints\":{\"budgetEur\":4000000,\"perProvince\":{\"max\":" + provinceCap
                + "},\"perPoliceUnit\":{\"max\":" + unitCap + "},\"smallMunicipalities\":{\"min\":3},\"exclude\":[\"GM0599\"]}}";
        JsonNode r = post("/api/selections", body, 200);
        List<String> chosen = codes(r.get("selected"));
        assertThat(chosen).hasSize(10).doesNotContain("GM0599");
        long cost = 0;
        for (JsonNode s : r.get("selected")) {
            cost += s.get("costEur").asLong();
        }
        assertThat(cost).isEqualTo(r.get("totalCostEur").asLong()).isLessThanOrEqualTo(4_000_000);
        Map<String, Integer> province = new HashMap<>(lockedPerProvince);
        Map<String, Integer> unit = new HashMap<>(lockedPerUnit);
        chosen.forEach(c -> {
            province.merge(region(c).regions().provinceCode(), 1, Integer::sum);
            unit.merge(region(c).regions().policeUnitCode(), 1, Integer::sum);
        });
        assertThat(province.values()).allMatch(n -> n <= provinceCap);
        assertThat(unit.values()).allMatch(n -> n <= unitCap);
    }

    private Area region(String code) {
        return areas.find(code).orElseThrow();
    }

    @Test
    void twoPerProvinceForNewAdditionsIsFeasibleOnTheNationalData() {
        JsonNode r = post("/api/selections", "{\"add\":20,\"constraints\":{\"perProvince\":{\"max\":2,"
                + "\"counts\":\"additions\"}}}", 200);
        assertThat(r.get("capCounting").get("perProvince").asString()).isEqualTo("additions");
        Map<String, Integer> added = new HashMap<>();
        codes(r.get("selected")).forEach(c -> added.merge(region(c).regions().provinceCode(), 1, Integer::sum));
        assertThat(added.values()).allMatch(n -> n <= 2);
        assertThat(codes(r.get("selected"))).hasSize(20);
    }

    @Test
    void twoPerProvinceForTheWholeProgrammeNamesTheProvincesThatAreFull() {
        Http.Response r = http.post("/api/selections", "application/json",
                "{\"add\":20,\"constraints\":{\"perProvince\":{\"max\":2,\"counts\":\"programme\"}}}");
        assertThat(r.status()).isEqualTo(422);
        JsonNode conflicts = r.json().get("conflicts");
        List<String> names = new ArrayList<>();
        conflicts.forEach(c -> {
            assertThat(c.get("code").asString()).isNotBlank();
            if (c.get("code").asString().equals("region-locked-over-max")) {
                names.add(c.get("params").get("regionName").asString());
                assertThat(c.get("detail").asString()).doesNotContain(c.get("params").get("region").asString());
            }
        });
        assertThat(names).contains("Zuid-Holland", "Noord-Brabant", "Limburg");
        assertThat(conflicts.toString()).contains("region-cap-counts-programme").doesNotContain("PV28 ");
    }

    @Test
    void aPerRegionOverrideLiftsTheCapForThatRegionOnly() {
        JsonNode r = post("/api/selections", "{\"add\":12,\"constraints\":{\"perProvince\":{\"max\":1,"
                + "\"counts\":\"additions\",\"overrides\":{\"PV28\":{\"max\":3}}}}}", 200);
        Map<String, Integer> added = new HashMap<>();
        codes(r.get("selected")).forEach(c -> added.merge(region(c).regions().provinceCode(), 1, Integer::sum));
        added.forEach((province, n) -> assertThat(n).as(province).isLessThanOrEqualTo(province.equals("PV28") ? 3 : 1));
        assertThat(post("/api/selections", "{\"add\":2,\"constraints\":{\"perProvince\":{\"max\":1,"
                + "\"overrides\":{\"PV99\":{\"max\":3}}}}}", 400).get("parameter").asString())
                .isEqualTo("constraints.perProvince.overrides.PV99");
    }

    @Test
    void thePathwayReservationHoldsOnTheNationalData() {
        JsonNode r = post("/api/selections", "{\"add\":20,\"constraints\":{\"pathways\":{\"severity\":12,"
                + "\"prevention\":8}}}", 200);
        int severity = 0;
        int prevention = 0;
        for (JsonNode s : r.get("selected")) {
            String way = s.get("pathway").asString();
            JsonNode basis = s.get("pathwayBasis");
            assertThat(basis.get("rank").asInt()).isPositive();
            if (way.equals("prevention")) {
                prevention++;
                assertThat(basis.get("signals").has("young_people_growth")).isTrue();
                assertThat(s.get("reasons").get(0).asString()).startsWith("prevention pathway");
            } else {
                severity++;
                assertThat(basis.get("score").asDouble()).isCloseTo(s.get("score").asDouble(), org.assertj.core.api.Assertions.within(0.01));
            }
        }
        assertThat(severity).isGreaterThanOrEqualTo(12);
        assertThat(prevention).isGreaterThanOrEqualTo(8);
        assertThat(severity + prevention).isEqualTo(20);
        assertThat(r.get("pathways").get("preventionSelected").asInt()).isEqualTo(prevention);
        assertThat(codes(r.get("selected"))).doesNotContainAnyElementsOf(programme.members().stream().map(Member::code).toList());
        JsonNode tooMany = post("/api/selections", "{\"add\":5,\"constraints\":{\"pathways\":{\"severity\":4,"
                + "\"prevention\":4}}}", 422);
        assertThat(tooMany.get("conflicts").get(0).get("code").asString()).isEqualTo("pathways-exceed-add");
    }

    @Test
    void infeasibleRequestNamesTheConflictingConstraints() {
        Http.Response r = http.post("/api/selections", "application/json",
                "{\"add\":25,\"lockedIn\":[],\"constraints\":{\"perPoliceUnit\":{\"max\":2}}}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("selection-infeasible");
        assertThat(r.json().get("conflicts").get(0).get("detail").asString())
                .isEqualTo("at most 2 per police unit × 10 police units = 20 < 25 requested");
    }

    @Test
    void unknownCodeIsABadRequestNamingTheField() {
        Http.Response r = http.post("/api/selections", "application/json",
                "{\"add\":2,\"constraints\":{\"mustInclude\":[\"GM9999\"]}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("constraints.mustInclude");
    }

    @Test
    void theSameSeedGivesTheSameUncertaintyResult() {
        String body = "{\"add\":8,\"draws\":60,\"seed\":7,\"constraints\":{\"perPoliceUnit\":{\"max\":2,\"counts\":\"additions\"}}}";
        JsonNode a = post("/api/selections/uncertainty", body, 200);
        JsonNode b = post("/api/selections/uncertainty", body, 200);
        assertThat(a.get("completed").asInt()).isEqualTo(60);
        assertThat(a.get("areas")).isEqualTo(b.get("areas"));
        assertThat(a.get("stableCore")).isEqualTo(b.get("stableCore"));
        double total = 0;
        for (JsonNode f : a.get("areas")) {
            total += f.get("frequency").asDouble();
        }
        assertThat(total).isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void uncertaintyJobShowsProgressAndCanBeCancelled() throws Exception {
        Http.Response started = http.post("/api/selections/uncertainty?async=true", "application/json",
                "{\"add\":8,\"draws\":5000}");
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        HttpResponse<String> cancelled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/selections/uncertainty/" + id))
                .header("Authorization", Http.MANAGER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).isEqualTo(200);
        JsonNode job = http.get("/api/selections/uncertainty/" + id).json();
        for (int i = 0; i < 100 && job.get("result").isNull(); i++) {
            Thread.sleep(100);
            job = http.get("/api/selections/uncertainty/" + id).json();
        }
        assertThat(job.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(job.get("completed").asInt()).isLessThan(5000);
        assertThat(http.get("/api/selections/uncertainty/nope").status()).isEqualTo(404);
    }

    @Test
    void priorityAreasGiveTopKAndReproducibleHotSpots() {
        JsonNode a = http.get("/api/selections/GM0363/priority-areas?k=3&permutations=199&seed=1").json();
        JsonNode b = http.get("/api/selections/GM0363/priority-areas?k=3&permutations=199&seed=1").json();
        assertThat(a.get("wijken").get("top").size()).isEqualTo(3);
        assertThat(a.get("buurten").get("top").size()).isEqualTo(3);
        assertThat(a.get("buurten").get("hotSpots").size()).isPositive();
        assertThat(a).isEqualTo(b);
        assertThat(http.get("/api/selections/GM9999/priority-areas").status()).isEqualTo(404);
    }

    @Test
    void gemeenteInputReproducesTheDefaultScores() {
        var result = new ScoringEngine().score(Scores.defaultFramework(), gemeenteInput.build(Scores.defaultFramework()),
                ScoringOptions.defaults());
        Map<String, Double> expected = new HashMap<>();
        scores.defaults(Level.GEMEENTE).result().areas().forEach(s -> expected.put(s.code(), s.score()));
        for (AreaScore s : result.areas()) {
            assertThat(s.score()).as(s.code()).isEqualTo(expected.get(s.code()));
        }
    }
}
