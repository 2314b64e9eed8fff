package nl.pmg.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.AuditedEvent;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The programme history on both stores through {@code /api/programme}: the 47 by tranche, the programme as it
 * stood on a date, and membership changes recorded by a programme manager — audited by event, refused when
 * they overlap or are malformed, with the store unchanged then.
 */
abstract class ProgrammeContract {

    /** Collects the audited events of the application, as the audit module will. */
    @TestConfiguration
    static class Events {

        final List<AuditedEvent> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(AuditedEvent e) {
            seen.add(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Store store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Programme programme;

    @Autowired
    Events events;

    Http manager;

    @BeforeEach
    void clean() {
        manager = new Http(port);
        forget();
    }

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM programme_membership WHERE origin = 'recorded'");
        programme.refresh();
        events.seen.clear();
    }

    private JsonNode get(String path) {
        Http.Response r = manager.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private Http.Response post(String body) {
        return manager.post("/api/programme/memberships", "application/json", body);
    }

    @Test
    void listsThe47ByTrancheWithDatesAndFunding() {
        JsonNode p = get("/api/programme");
        assertThat(p.get("count").asInt()).isEqualTo(47);
        Map<String, Integer> byTranche = new HashMap<>();
        p.get("tranches").forEach(t -> byTranche.put(t.get("id").asString(), t.get("members").asInt()));
        assertThat(byTranche).containsExactlyInAnyOrderEntriesOf(Map.of("start", 15, "expansion-nplv", 4,
                "expansion-data", 8, "regional-2024", 20));
        JsonNode zwolle = null;
        for (JsonNode m : p.get("municipalities")) {
            if (m.get("code").asString().equals("GM0193")) {
                zwolle = m;
            }
        }
        assertThat(zwolle.get("tranche").asString()).isEqualTo("regional-2024");
        assertThat(zwolle.get("startDate").asString()).isEqualTo("2024-04-04");
        assertThat(zwolle.get("fundingType").asString()).isEqualTo("incidental-grant");
        assertThat(zwolle.get("funding").asString()).contains("500,000").contains("3 years");
        assertThat(zwolle.get("source").asString()).contains("Staatscourant 2024-12052");
        assertThat(zwolle.get("endDate").isNull()).isTrue();
    }

    @Test
    void answersTheProgrammeAsItStoodOnADate() {
        assertThat(get("/api/programme?asOf=2022-06-01").get("count").asInt()).isEqualTo(15);
        assertThat(get("/api/programme?asOf=2023-03-01").get("count").asInt()).isEqualTo(19);
        assertThat(get("/api/programme?asOf=2023-06-01").get("count").asInt()).isEqualTo(27);
        assertThat(get("/api/programme?asOf=2024-04-01").get("count").asInt()).isEqualTo(27);
        assertThat(get("/api/programme?asOf=2024-04-04").get("count").asInt()).isEqualTo(47);
        Http.Response bad = manager.get("/api/programme?asOf=April");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("asOf");
    }

    @Test
    void recordsAJoinAndItsEndAsAuditedChanges() {
        Http.Response joined = post("{\"gemeente\":\"GM0150\",\"tranche\":\"regional-2026\",\"startDate\":\"2026-06-01\","
                + "\"basis\":\"test round\",\"fundingType\":\"incidental-grant\",\"source\":\"test decision\"}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(joined.json().get("name").asString()).isEqualTo("Deventer");
        assertThat(joined.json().get("origin").asString()).isEqualTo("recorded");
        assertThat(get("/api/programme?asOf=2026-07-01").get("count").asInt()).isEqualTo(48);

        Http.Response ended = post("{\"gemeente\":\"GM0150\",\"startDate\":\"2026-06-01\",\"endDate\":\"2027-06-01\","
                + "\"source\":\"test end\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(201);
        assertThat(ended.json().get("tranche").asString()).isEqualTo("regional-2026");
        assertThat(get("/api/programme?asOf=2027-07-01").get("count").asInt()).isEqualTo(47);
        assertThat(get("/api/programme?asOf=2026-12-31").get("count").asInt()).isEqualTo(48);

        assertThat(events.seen).extracting(AuditedEvent::action).containsExactly("membership-recorded", "membership-ended");
        assertThat(events.seen).extracting(AuditedEvent::actor).containsOnly("manager");
        assertThat(events.seen.get(1).target()).isEqualTo("programme GM0150 2026-06-01");
    }

    @Test
    void endsAShippedMembershipWithoutTouchingTheShippedData() {
        Http.Response r = post("{\"gemeente\":\"GM0193\",\"startDate\":\"2024-04-04\",\"endDate\":\"2027-04-04\","
                + "\"source\":\"three-year grant ended\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(codes(get("/api/programme?asOf=2027-05-01"))).doesNotContain("GM0193").hasSize(46);
        assertThat(codes(get("/api/programme?asOf=2026-05-01"))).contains("GM0193").hasSize(47);
    }

    @Test
    void refusesOverlapsAndMalformedChangesAndLeavesTheStoreAsItWas() {
        var counts = store.counts();
        String checksum = store.checksum();
        Http.Response overlap = post("{\"gemeente\":\"GM0193\",\"tranche\":\"regional-2026\",\"startDate\":\"2026-01-01\","
                + "\"fundingType\":\"incidental-grant\",\"source\":\"x\"}");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.json().get("code").asString()).isEqualTo("membership-overlaps");
        assertThat(overlap.json().get("name").asString()).isEqualTo("Zwolle");
        for (String[] bad : new String[][] {
            {"{\"gemeente\":\"GM9999\",\"tranche\":\"t\",\"startDate\":\"2026-01-01\",\"fundingType\":\"structural\",\"source\":\"x\"}", "gemeente"},
            {"{\"gemeente\":\"GM0150\",\"tranche\":\"t\",\"startDate\":\"1 June\",\"fundingType\":\"structural\",\"source\":\"x\"}", "startDate"},
            {"{\"gemeente\":\"GM0150\",\"tranche\":\"t\",\"startDate\":\"2026-06-01\",\"endDate\":\"2026-01-01\",\"fundingType\":\"structural\",\"source\":\"x\"}", "endDate"},
            {"{\"gemeente\":\"GM0150\",\"tranche\":\"t\",\"startDate\":\"2026-06-01\",\"fundingType\":\"gift\",\"source\":\"x\"}", "fundingType"},
            {"{\"gemeente\":\"GM0150\",\"tranche\":\"T 1\",\"startDate\":\"2026-06-01\",\"fundingType\":\"structural\",\"source\":\"x\"}", "tranche"},
            {"{\"gemeente\":\"GM0150\",\"tranche\":\"t\",\"startDate\":\"2026-06-01\",\"fundingType\":\"structural\"}", "source"}}) {
            Http.Response r = post(bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("parameter").asString()).isEqualTo(bad[1]);
        }
        assertThat(store.counts()).isEqualTo(counts);
        assertThat(store.checksum()).isEqualTo(checksum);
        assertThat(events.seen).isEmpty();
    }

    private static List<String> codes(JsonNode programme) {
        List<String> out = new ArrayList<>();
        programme.get("municipalities").forEach(m -> out.add(m.get("code").asString()));
        return out;
    }
}
