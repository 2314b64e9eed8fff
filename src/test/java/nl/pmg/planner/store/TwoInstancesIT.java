package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.support.Http;
import nl.pmg.planner.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostGIS behave as one: an import started on A is followed on B, its
 * indicator is served by B without a restart, and B's re-import is what A serves next.
 */
class TwoInstancesIT {

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static Http httpA;
    static Http httpB;

    @BeforeAll
    static void start() {
        a = instance();
        b = instance();
        httpA = new Http(port(a));
        httpB = new Http(port(b));
        a.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "DELETE FROM indicator WHERE id IN ('two_instances', 'two_instances_buurt')");
    }

    static ConfigurableApplicationContext instance() {
        return Instances.postgis();
    }

    static int port(ConfigurableApplicationContext c) {
        return Instances.port(c);
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

    static String table(String id, String level, String rows) {
        return "# id: " + id + "\n# label_nl: Twee\n# label_en: Two\n# unit: u\n# direction: neutral\n# source: test\n"
                + "# level: " + level + "\narea_code,period,value\n" + rows;
    }

    @Test
    void anImportOnOneInstanceIsServedByTheOther() {
        assertThat(httpB.get("/api/indicators/two_instances").status()).isEqualTo(404);
        Http.Response created = httpA.post("/api/imports/indicators", "text/csv",
                table("two_instances", "gemeente", "GM0363,2023,1.5\nGM0599,2023,2.5\n"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(httpB.get("/api/imports/" + id).json().get("outcome").asString()).isEqualTo("accepted");
        assertThat(httpB.get("/api/indicators/two_instances/values?level=gemeente").json().get("values").get("GM0363")
                .get("value").asDouble()).isEqualTo(1.5);

        // the second step of the workflow goes to the other instance
        assertThat(httpB.post("/api/imports/indicators", "text/csv",
                table("two_instances", "gemeente", "GM0363,2023,3.5\n")).status()).isEqualTo(201);
        JsonNode feature = httpA.get("/api/collections/gemeenten/items/GM0363?indicators=two_instances&zoom=6").json();
        assertThat(feature.get("properties").get("two_instances").asDouble()).isEqualTo(3.5);
        assertThat(httpA.get("/api/indicators").body()).contains("\"two_instances\"");
    }

    @Test
    void theProgressOfARunningImportIsVisibleOnTheOtherInstance() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int period = 2010; period < 2024; period++) {
            for (Area area : a.getBean(Store.class).areas(2024)) {
                if (area.level() == Level.BUURT) {
                    rows.append(area.code()).append(',').append(period).append(",1\n");
                }
            }
        }
        String csv = table("two_instances_buurt", "buurt", rows.toString());
        CompletableFuture<Http.Response> running = CompletableFuture.supplyAsync(
                () -> httpA.post("/api/imports/indicators", "text/csv", csv));
        long runId = -1;
        long seenRows = 0;
        while (!running.isDone()) {
            JsonNode last = latestRun(httpB);
            if (last != null && last.get("outcome").asString().equals("running")) {
                runId = last.get("id").asLong();
                seenRows = Math.max(seenRows, last.get("rowsRead").asLong());
            }
            Thread.sleep(50);
        }
        Http.Response done = running.get();
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(runId).isEqualTo(done.json().get("id").asLong());
        assertThat(seenRows).as("rows read, as seen from instance B while A imported").isPositive();
        assertThat(httpB.get("/api/imports/" + runId).json().get("rowsAccepted").asLong()).isGreaterThan(200_000);
    }

    /** The newest import run, found by walking ids down from a recent one (there is no list endpoint yet). */
    private static JsonNode latestRun(Http http) {
        Long max = a.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT max(id) FROM import_run", Long.class);
        return max == null ? null : http.get("/api/imports/" + max).json();
    }
}
