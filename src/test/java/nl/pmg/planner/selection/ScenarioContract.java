package nl.pmg.planner.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Scenarios and {@code asOf}, run against both stores through the HTTP API: save → list → get → compare on
 * a small lockedIn/add instance whose answer follows from the national ranks, the built-in 2023 replay,
 * and the problems for unknown ids, bad bodies and dates without data.
 */
abstract class ScenarioContract {

    @LocalServerPort
    int port;

    @Autowired
    Store store;

    @Autowired
    Scores scores;

    @Autowired
    Programme programme;

    @Autowired
    GemeenteInput gemeenteInput;

    @Autowired
    Vintages vintages;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode send(String path, String body, int expected) {
        Http.Response r = body == null ? http.get(path) : http.post(path, "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r.json();
    }

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(s -> out.add(s.has("code") ? s.get("code").asString() : s.asString()));
        return out;
    }

    /** Gemeente codes by national rank 1, 2, 3 … under the default framework on the latest data. */
    private List<String> byRank(List<AreaScore> areas) {
        return areas.stream().filter(a -> a.rank() > 0).sorted((x, y) -> Integer.compare(x.rank(), y.rank()))
                .map(AreaScore::code).toList();
    }

    private Map<String, Integer> ranks(List<AreaScore> areas) {
        Map<String, Integer> m = new HashMap<>();
        areas.forEach(a -> m.put(a.code(), a.rank()));
        return m;
    }

    @Test
    void savesListsReopensAndComparesScenarios() {
        List<String> top = byRank(scores.defaults(Level.GEMEENTE).result().areas());
        String first = top.get(0);
        String second = top.get(1);
        String third = top.get(2);
        // a: #1 locked in, add 2 → #2, #3; b: nothing locked, #2 excluded, add 2 → #1, #3
        JsonNode a = send("/api/scenarios", "{\"name\":\"A top two after the first\",\"description\":\"test\","
                + "\"request\":{\"lockedIn\":[\"" + first + "\"],\"add\":2}}", 201);
        JsonNode b = send("/api/scenarios", "{\"name\":\"B without the second\",\"request\":{\"lockedIn\":[],"
                + "\"add\":2,\"constraints\":{\"exclude\":[\"" + second + "\"]}}}", 201);
        String idA = a.get("id").asString();
        String idB = b.get("id").asString();
        assertThat(codes(a.get("result").get("selected"))).containsExactly(second, third);
        assertThat(codes(b.get("result").get("selected"))).containsExactly(first, third);
        assertThat(a.get("builtIn").asBoolean()).isFalse();
        assertThat(a.get("createdBy").asString()).isEqualTo("manager");
        assertThat(a.get("dataVintage").asString()).isEqualTo("latest");
        assertThat(a.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(a.get("request").get("framework").get("id").asString()).isEqualTo("default");
        assertThat(a.get("links").get(1).get("href").asString()).isEqualTo("/?scenario=" + idA);
        assertThat(a.get("links").get(0).get("rel").asString()).isEqualTo("self");

        JsonNode list = send("/api/scenarios", null, 200).get("scenarios");
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(s -> byId.put(s.get("id").asString(), s));
        assertThat(byId).containsKeys(idA, idB, "uitbreiding-2023", "uitbreiding-2024", "uitbreiding-2024-randvoorwaarden");
        assertThat(codes(byId.get(idA).get("selected"))).containsExactly(second, third);
        assertThat(byId.get("uitbreiding-2023").get("builtIn").asBoolean()).isTrue();
        assertThat(byId.get("uitbreiding-2024").get("added").asInt()).isEqualTo(20);
        assertThat(byId.get("uitbreiding-2024").get("dataVintage").asString()).isEqualTo("asof-2024");
        assertThat(byId.get(idA).get("added").asInt()).isEqualTo(2);

        JsonNode again = send("/api/scenarios/" + idA, null, 200);
        assertThat(again.get("result")).isEqualTo(a.get("result"));
        assertThat(again.get("request")).isEqualTo(a.get("request"));
        assertThat(again.get("description").asString()).isEqualTo("test");

        JsonNode c = send("/api/scenarios/" + idA + "/compare/" + idB, null, 200);
        assertThat(c.get("a").get("id").asString()).isEqualTo(idA);
        assertThat(c.get("b").get("name").asString()).isEqualTo("B without the second");
        assertThat(codes(c.get("added"))).containsExactly(first);
        assertThat(codes(c.get("removed"))).containsExactly(second);
        assertThat(codes(c.get("kept"))).containsExactly(third);
        assertThat(codes(c.get("rankShifts"))).containsExactly(first, second, third);
        for (JsonNode s : c.get("rankShifts")) {
            int rank = top.indexOf(s.get("code").asString()) + 1;
            assertThat(s.get("rankA").asInt()).isEqualTo(rank);
            assertThat(s.get("rankB").asInt()).isEqualTo(rank);
            assertThat(s.get("shift").asInt()).isZero();
        }
    }

    @Test
    void comparesWithTheReplayByEachScenariosOwnRanks() {
        JsonNode a = send("/api/scenarios", "{\"name\":\"latest top 3\",\"request\":{\"lockedIn\":[],\"add\":3}}", 201);
        var asOf = new ScoringEngine().score(Scores.defaultFramework(),
                gemeenteInput.build(Scores.defaultFramework(), vintages.of("2023-03-01").values()), ScoringOptions.defaults());
        Map<String, Integer> ranksLatest = ranks(scores.defaults(Level.GEMEENTE).result().areas());
        Map<String, Integer> ranks2023 = ranks(asOf.areas());
        JsonNode c = send("/api/scenarios/" + a.get("id").asString() + "/compare/uitbreiding-2023", null, 200);
        Set<String> either = new HashSet<>(codes(a.get("result").get("selected")));
        JsonNode replay = send("/api/scenarios/uitbreiding-2023", null, 200);
        either.addAll(codes(replay.get("result").get("selected")));
        assertThat(new HashSet<>(codes(c.get("rankShifts")))).isEqualTo(either);
        for (JsonNode s : c.get("rankShifts")) {
            String code = s.get("code").asString();
            assertThat(s.get("rankA").asInt()).as(code).isEqualTo(ranksLatest.get(code));
            assertThat(s.get("rankB").asInt()).as(code).isEqualTo(ranks2023.get(code));
            assertThat(s.get("shift").asInt()).isEqualTo(ranksLatest.get(code) - ranks2023.get(code));
        }
    }

    @Test
    void replaysThe2023ExpansionAgainstWhatWasDecided() {
        JsonNode r = send("/api/scenarios/uitbreiding-2023", null, 200);
        assertThat(r.get("name").asString()).isEqualTo("Uitbreiding 2023: 15 → 27");
        assertThat(r.get("builtIn").asBoolean()).isTrue();
        assertThat(r.get("dataVintage").asString()).isEqualTo("asof-2023");
        assertThat(r.get("request").get("asOf").asString()).isEqualTo("2023-03-01");
        // framework 2.0.0 has no indicator from a later year (the crime Gini is out); its trend from 2022 did not exist yet
        assertThat(codes(r.get("result").get("indicatorsFromLaterYears"))).isEmpty();
        assertThat(codes(r.get("result").get("indicatorsNotAvailable"))).containsExactly("crime_trend_2022_2025");
        Set<String> locked = new HashSet<>();
        List<String> actual = new ArrayList<>();
        for (Member m : programme.memberships()) {
            if (m.tranche().equals("start") || m.tranche().equals("expansion-nplv")) {
                locked.add(m.code());
            } else if (m.tranche().equals("expansion-data")) {
                actual.add(m.code());
            }
        }
        // the programme as it stood on 2023-03-01 is exactly the 15 of 2022 and the 4 NPLV municipalities of 2023
        assertThat(programme.membersOn(java.time.LocalDate.of(2023, 3, 1))).extracting(Member::code)
                .containsExactlyInAnyOrderElementsOf(locked);
        assertThat(locked).hasSize(19);
        assertThat(new HashSet<>(codes(r.get("result").get("lockedIn")))).isEqualTo(locked);
        List<String> model = codes(r.get("result").get("selected"));
        assertThat(model).hasSize(8).doesNotHaveDuplicates().doesNotContainAnyElementsOf(locked);

        JsonNode cmp = r.get("comparison");
        assertThat(codes(cmp.get("actuallyAdded"))).containsExactlyInAnyOrderElementsOf(actual);
        assertThat(codes(cmp.get("modelAdded"))).isEqualTo(model);
        Set<String> both = new HashSet<>(codes(cmp.get("both")));
        Set<String> onlyModel = new HashSet<>(codes(cmp.get("onlyModel")));
        Set<String> onlyActual = new HashSet<>(codes(cmp.get("onlyActual")));
        Set<String> modelUnion = new HashSet<>(both);
        modelUnion.addAll(onlyModel);
        Set<String> actualUnion = new HashSet<>(both);
        actualUnion.addAll(onlyActual);
        assertThat(modelUnion).isEqualTo(new HashSet<>(model));
        assertThat(actualUnion).isEqualTo(new HashSet<>(actual));
        assertThat(both).doesNotContainAnyElementsOf(onlyModel).doesNotContainAnyElementsOf(onlyActual);
        assertThat(onlyModel).hasSameSizeAs(onlyActual);
        assertThat(codes(cmp.get("actualRanks"))).containsExactlyInAnyOrderElementsOf(actual);
        for (JsonNode ar : cmp.get("actualRanks")) {
            assertThat(ar.get("rank").asInt()).isPositive();
        }
        // notes are for people: the indicator by its name (the id stays in the result's indicatorsFromLaterYears)
        String notes = r.get("notes").toString();
        // framework 2.0.0: the crime Gini is out; its trend from 2022 did not exist in spring 2023 (named by its label)
        assertThat(notes).contains("Trend in registered crime 2022-2025").contains("Kamerstuk 29911 nr. 417");
        assertThat(r.get("result").get("indicatorsNotAvailable").toString()).contains("crime_trend_2022_2025");
        assertThat(cmp.get("inCommon").asInt()).isEqualTo(both.size());
        // seen early: the model's 2023 picks that joined in the regional round of 2024
        Set<String> round2024 = new HashSet<>(programme.tranche("regional-2024").stream().map(Member::code).toList());
        JsonNode seen = cmp.get("seenEarly");
        assertThat(codes(seen.get("laterTranches"))).containsExactly("regional-2024");
        assertThat(new HashSet<>(codes(seen.get("areas"))))
                .isEqualTo(model.stream().filter(round2024::contains).collect(java.util.stream.Collectors.toSet()));
        assertThat(seen.get("count").asInt()).isEqualTo(seen.get("areas").size());

        StringBuilder log = new StringBuilder("replay 2023 - model's 8 vs actual 8:");
        cmp.get("modelAdded").forEach(n -> log.append("\n  model : ").append(n.get("code").asString()).append(' ')
                .append(n.get("name").asString()).append(both.contains(n.get("code").asString()) ? " (also actual)" : ""));
        cmp.get("actualRanks").forEach(n -> log.append("\n  actual: ").append(n.get("code").asString()).append(' ')
                .append(n.get("name").asString()).append(", model rank ").append(n.get("rank").asInt()));
        LoggerFactory.getLogger(ScenarioContract.class).info(log.toString());
    }

    @Test
    void replaysThe2024RoundWithTheDefaultFrameworkAndWithAManagersConstraints() {
        List<String> actual = programme.tranche("regional-2024").stream().map(Member::code).toList();
        Set<String> locked = new HashSet<>(programme.membersOn(java.time.LocalDate.of(2024, 4, 1)).stream()
                .map(Member::code).toList());
        assertThat(actual).hasSize(20);
        assertThat(locked).hasSize(27).doesNotContainAnyElementsOf(actual);
        JsonNode r = send("/api/scenarios/uitbreiding-2024", null, 200);
        assertThat(r.get("name").asString()).isEqualTo("Uitbreiding 2024: +20");
        assertThat(r.get("dataVintage").asString()).isEqualTo("asof-2024");
        assertThat(r.get("request").get("asOf").asString()).isEqualTo("2024-04-01");
        assertThat(r.get("request").get("framework").get("id").asString()).isEqualTo("default");
        assertThat(r.get("request").get("constraints").isNull()).isTrue();
        assertThat(new HashSet<>(codes(r.get("result").get("lockedIn")))).isEqualTo(locked);
        List<String> model = codes(r.get("result").get("selected"));
        assertThat(model).hasSize(20).doesNotHaveDuplicates().doesNotContainAnyElementsOf(locked);
        JsonNode cmp = r.get("comparison");
        assertThat(codes(cmp.get("actuallyAdded"))).containsExactlyInAnyOrderElementsOf(actual);
        assertThat(codes(cmp.get("modelAdded"))).isEqualTo(model);
        assertThat(new HashSet<>(codes(cmp.get("both")))).isEqualTo(model.stream().filter(actual::contains)
                .collect(java.util.stream.Collectors.toSet()));
        assertThat(cmp.get("inCommon").asInt()).isEqualTo(cmp.get("both").size());
        assertThat(codes(cmp.get("actualRanks"))).containsExactlyInAnyOrderElementsOf(actual);
        cmp.get("actualRanks").forEach(a -> assertThat(a.get("rank").asInt()).isPositive());
        assertThat(cmp.get("seenEarly").get("laterTranches").size()).isZero(); // no round after 2024 yet
        assertThat(r.get("notes").toString()).contains("No indicator of the default framework had to come from a later year");

        JsonNode v = send("/api/scenarios/uitbreiding-2024-randvoorwaarden", null, 200);
        JsonNode c = v.get("request").get("constraints");
        assertThat(c.get("perPoliceUnit").get("max").asInt()).isEqualTo(3);
        assertThat(c.get("perPoliceUnit").get("counts").asString()).isEqualTo("additions");
        assertThat(c.get("smallMunicipalities").get("min").asInt()).isEqualTo(8);
        assertThat(c.get("minPopulation").asDouble()).isEqualTo(25_000);
        assertThat(v.get("notes").toString()).contains("perPoliceUnit max 3").contains("smallMunicipalities min 8")
                .contains("minPopulation 25000");
        Map<String, Integer> perUnit = new HashMap<>();
        for (JsonNode s : v.get("result").get("selected")) {
            perUnit.merge(s.get("policeUnit").asString(), 1, Integer::sum);
        }
        assertThat(perUnit.values()).allMatch(n -> n <= 3);
        assertThat(v.get("result").get("selected")).hasSize(20);
        assertThat(v.get("comparison").get("inCommon").asInt()).isBetween(0, 20);
        LoggerFactory.getLogger(ScenarioContract.class).info("replay 2024: default {} of 20 in common; constrained {}"
                + " of 20", cmp.get("inCommon").asInt(), v.get("comparison").get("inCommon").asInt());
    }

    @Test
    void answersUnknownScenariosAndBadBodiesWithProblems() {
        assertThat(send("/api/scenarios/999999999", null, 404).get("code").asString()).isEqualTo("unknown-scenario");
        assertThat(send("/api/scenarios/not-a-scenario", null, 404).get("code").asString()).isEqualTo("unknown-scenario");
        assertThat(send("/api/scenarios/uitbreiding-2023/compare/999999999", null, 404).get("code").asString())
                .isEqualTo("unknown-scenario");
        assertThat(send("/api/scenarios", "{\"request\":{\"add\":1}}", 400).get("parameter").asString()).isEqualTo("name");
        assertThat(send("/api/scenarios", "{\"name\":\"x\"}", 400).get("parameter").asString()).isEqualTo("request");
        assertThat(send("/api/scenarios", "{\"name\":\"x\",\"request\":{\"add\":0}}", 400).get("parameter").asString())
                .isEqualTo("add");
        assertThat(send("/api/scenarios", "{\"name\":\"x\",\"request\":{\"lockedIn\":[],\"add\":1,"
                + "\"constraints\":{\"budgetEur\":0}}}", 422).get("code").asString()).isEqualTo("selection-infeasible");
    }

    @Test
    void scoresOnTheDataAsKnownThenOrSaysWhatExists() {
        JsonNode r = send("/api/selections", "{\"lockedIn\":[],\"add\":3,\"asOf\":\"2023-03-01\"}", 200);
        assertThat(r.get("dataVintage").asString()).isEqualTo("asof-2023");
        assertThat(codes(r.get("indicatorsFromLaterYears"))).isEmpty();
        assertThat(codes(r.get("indicatorsNotAvailable"))).containsExactly("crime_trend_2022_2025");
        assertThat(send("/api/selections", "{\"lockedIn\":[],\"add\":3}", 200).get("dataVintage").asString())
                .isEqualTo("latest");
        assertThat(send("/api/selections", "{\"lockedIn\":[],\"add\":3,\"asOf\":\"2024-01-31\"}", 200)
                .get("dataVintage").asString()).isEqualTo("asof-2023");
        JsonNode april2024 = send("/api/selections", "{\"add\":3,\"asOf\":\"2024-04-01\"}", 200);
        assertThat(april2024.get("dataVintage").asString()).isEqualTo("asof-2024");
        assertThat(april2024.get("indicatorsFromLaterYears").size()).isZero();
        // left to its default, lockedIn is the programme as it stood that day: the 27, not the 47 of today
        assertThat(new HashSet<>(codes(april2024.get("lockedIn")))).isEqualTo(new HashSet<>(programme
                .membersOn(java.time.LocalDate.of(2024, 4, 1)).stream().map(Member::code).toList())).hasSize(27);
        assertThat(send("/api/selections", "{\"lockedIn\":[],\"add\":3,\"asOf\":\"2025-01-31\"}", 200)
                .get("dataVintage").asString()).isEqualTo("asof-2024");
        for (String bad : List.of("2022-12-31", "2025-02-01", "1 March 2023")) {
            JsonNode p = send("/api/selections", "{\"add\":3,\"asOf\":\"" + bad + "\"}", 400);
            assertThat(p.get("parameter").asString()).isEqualTo("asOf");
            assertThat(p.get("vintages").toString()).contains("latest").contains("asof-2023").contains("asof-2024");
        }
        JsonNode severity = send("/api/selections", "{\"add\":3,\"asOf\":\"2023-03-01\","
                + "\"constraints\":{\"minTopDecileBuurten\":1}}", 422);
        assertThat(severity.get("code").asString()).isEqualTo("not-available-as-of");
        assertThat(severity.get("parameter").asString()).isEqualTo("constraints.minTopDecileBuurten");
        JsonNode u = send("/api/selections/uncertainty", "{\"lockedIn\":[],\"add\":3,\"draws\":5,"
                + "\"asOf\":\"2023-03-01\"}", 200);
        assertThat(u.get("dataVintage").asString()).isEqualTo("asof-2023");
        send("/api/selections/uncertainty", "{\"add\":3,\"draws\":5,\"asOf\":\"2025-06-01\"}", 400);
        JsonNode saved = send("/api/scenarios", "{\"name\":\"as of 2023\",\"request\":{\"lockedIn\":[],\"add\":3,"
                + "\"asOf\":\"2023-03-01\"}}", 201);
        assertThat(saved.get("dataVintage").asString()).isEqualTo("asof-2023");
        assertThat(codes(saved.get("result").get("selected"))).isEqualTo(codes(r.get("selected")));
    }

    /** Findings 10 and 11 of #13: authorship, drafts, decisions on real scenarios only, no control characters. */
    @Test
    void aScenarioBelongsToItsAuthorAndADraftIsSeenOnlyByThemAndProgrammeManagers() {
        Http analyst = new Http(port, "analyst", "demo-analyst");
        Http anonymous = Http.anonymous(port);
        Http enschede = new Http(port, "enschede", "demo-enschede");
        String title = "concept van de analist " + System.nanoTime();
        Http.Response saved = analyst.post("/api/scenarios", "application/json",
                "{\"name\":\"" + title + "\",\"description\":\"interne notitie\","
                        + "\"request\":{\"lockedIn\":[],\"add\":1}}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("createdBy").asString()).isEqualTo("analyst");
        assertThat(saved.json().get("status").asString()).isEqualTo("draft");
        String id = saved.json().get("id").asString();
        for (Http outsider : List.of(anonymous, enschede)) {
            assertThat(outsider.get("/api/scenarios/" + id).status()).isEqualTo(404);
            assertThat(outsider.get("/api/scenarios").body()).doesNotContain(title);
            assertThat(outsider.get("/api/scenarios/" + id + "/compare/uitbreiding-2023").status()).isEqualTo(404);
        }
        assertThat(http.get("/api/scenarios/" + id).status()).as("a programme manager").isEqualTo(200);
        assertThat(analyst.get("/api/scenarios").body()).contains(title);

        Http.Response managers = http.post("/api/scenarios", "application/json",
                "{\"name\":\"concept van de manager\",\"request\":{\"lockedIn\":[],\"add\":1}}");
        String other = managers.json().get("id").asString();
        assertThat(managers.json().get("createdBy").asString()).isEqualTo("manager");
        assertThat(analyst.get("/api/scenarios/" + other).status()).as("another author's draft").isEqualTo(404);
        assertThat(analyst.post("/api/scenarios/" + other + "/publish", "application/json", "").status()).isEqualTo(404);

        Http.Response published = analyst.post("/api/scenarios/" + id + "/publish", "application/json", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(anonymous.get("/api/scenarios/" + id).json().get("name").asString()).isEqualTo(title);
        assertThat(http.get("/api/audit?limit=20").body()).contains("scenario-saved").contains("scenario-published");
    }

    @Test
    void decisionsNeedAnExistingScenarioAndTextWithoutControlCharacters() {
        Http.Response unknown = http.post("/api/decisions", "application/json",
                "{\"scenarioId\":\"999999\",\"decision\":\"adopt\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-scenario");
        for (String note : List.of("\\u202Eevil", "nul\\u0000here", "bell\\u0007")) {
            Http.Response r = http.post("/api/decisions", "application/json",
                    "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"adopt\",\"note\":\"" + note + "\"}");
            assertThat(r.status()).as(note).isEqualTo(400);
            assertThat(r.json().get("parameter").asString()).isEqualTo("note");
        }
        assertThat(http.post("/api/decisions", "application/json",
                "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"adopt\",\"note\":\"twee regels\\nmag\"}")
                .status()).isEqualTo(201);
        Http.Response name = http.post("/api/scenarios", "application/json",
                "{\"name\":\"naam\\u202Emet omkering\",\"request\":{\"add\":1}}");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.json().get("parameter").asString()).isEqualTo("name");
        assertThat(http.get("/api/audit?limit=50").body()).doesNotContain("\u202E").doesNotContain("\\u0000");
    }
}
