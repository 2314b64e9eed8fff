package nl.pmg.planner.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.pmg.planner.support.Http;
import nl.pmg.planner.support.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail under PostGIS against its own database role and a privileged one (finding 3 of #13): the
 * service's role cannot delete, update, truncate or switch off the triggers; what a privileged role does —
 * deleting, truncating or rewriting rows — turns {@code chainIntact} false and names the first break; and
 * writers on two instances append to one unbroken chain. Each test leaves an empty, intact trail behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisAuditChainIT {

    private static final Logger log = LoggerFactory.getLogger(PostgisAuditChainIT.class);

    @LocalServerPort
    int port;

    /** The service's own connection: the runtime role. */
    @Autowired
    JdbcTemplate runtime;

    static Connection privileged() throws SQLException {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "planner");
        return DriverManager.getConnection(url, env("PLANNER_MIGRATION_USER", "planner"),
                env("PLANNER_MIGRATION_PASSWORD", "planner"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void asOwner(String... statements) throws SQLException {
        try (Connection c = privileged(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** An empty trail with its anchor at zero, as a privileged role would reset it. */
    @BeforeEach
    @AfterEach
    void emptyTrail() throws SQLException {
        asOwner("TRUNCATE audit_event", "DO $$ BEGIN IF to_regclass('audit_anchor') IS NOT NULL THEN "
                + "UPDATE audit_anchor SET events = 0, head = ''; END IF; END $$");
    }

    private JsonNode audit() {
        return new Http(port).get("/api/audit?limit=1").json();
    }

    private void decisions(Http http, int n) {
        for (int i = 0; i < n; i++) {
            Http.Response r = http.post("/api/decisions", "application/json",
                    "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"defer\",\"note\":\"chain " + i + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    @Test
    void theServicesOwnRoleCannotRewriteTheTrail() {
        decisions(new Http(port), 2);
        for (String sql : List.of("DELETE FROM audit_event", "UPDATE audit_event SET detail = 'changed'",
                "TRUNCATE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER ALL", "DROP TABLE audit_event",
                "UPDATE audit_anchor SET events = 0", "DELETE FROM audit_anchor", "TRUNCATE audit_anchor",
                "ALTER TABLE audit_anchor OWNER TO CURRENT_USER", "CREATE TABLE audit_copy (x int)")) {
            assertThatThrownBy(() -> runtime.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThat(runtime.queryForObject("SELECT current_user", String.class)).isNotEqualTo(
                runtime.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'", String.class));
        assertThat(audit().get("chainIntact").asBoolean()).isTrue();
        assertThat(audit().get("eventCount").asLong()).isEqualTo(2);
    }

    @Test
    void rewritingARowBreaksTheChainThere() throws SQLException {
        decisions(new Http(port), 5);
        long seq = runtime.queryForObject("SELECT seq FROM audit_event ORDER BY seq OFFSET 2 LIMIT 1", Long.class);
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER ALL",
                "UPDATE audit_event SET detail = 'adopt: rewritten' WHERE seq = " + seq,
                "ALTER TABLE audit_event ENABLE TRIGGER ALL");
        assertBreak("UPDATE", seq, "was changed");
    }

    @Test
    void deletingARowBreaksTheChainThere() throws SQLException {
        decisions(new Http(port), 5);
        long seq = runtime.queryForObject("SELECT seq FROM audit_event ORDER BY seq OFFSET 1 LIMIT 1", Long.class);
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER ALL", "DELETE FROM audit_event WHERE seq = " + seq,
                "ALTER TABLE audit_event ENABLE TRIGGER ALL");
        assertBreak("DELETE (a middle row)", seq, "is missing");
    }

    @Test
    void deletingTheLastRowsShowsAgainstTheAnchor() throws SQLException {
        decisions(new Http(port), 5);
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER ALL",
                "DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 2 FROM audit_event)",
                "ALTER TABLE audit_event ENABLE TRIGGER ALL");
        assertBreak("DELETE (the last two rows)", 4, "the anchor counts 5");
    }

    @Test
    void truncatingShowsAgainstTheAnchor() throws SQLException {
        decisions(new Http(port), 5);
        asOwner("TRUNCATE audit_event");
        assertBreak("TRUNCATE", 1, "all 5 events are missing");
    }

    private void assertBreak(String what, long seq, String reason) {
        long start = System.nanoTime();
        JsonNode a = audit();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("audit break detection under PostGIS, {}: chainIntact={}, firstBreak={} ({} ms)", what,
                a.get("chainIntact"), a.get("firstBreak"), millis);
        assertThat(a.get("chainIntact").asBoolean()).as(what).isFalse();
        assertThat(a.get("firstBreak").get("seq").asLong()).as(what).isEqualTo(seq);
        assertThat(a.get("firstBreak").get("reason").asString()).as(what).contains(reason);
    }

    @Test
    void writersOnTwoInstancesAppendToOneChain() throws Exception {
        ConfigurableApplicationContext other = Instances.postgis("--planner.security.demo-users=true");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Http a = new Http(port);
            Http b = new Http(Instances.port(other));
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Http http = t % 2 == 0 ? a : b;
                writes.add(pool.submit(() -> decisions(http, 10)));
            }
            for (Future<?> f : writes) {
                f.get();
            }
            JsonNode verdict = audit();
            log.info("two instances, 8 writers, 80 decisions: chainIntact={}, events={}", verdict.get("chainIntact"),
                    verdict.get("eventCount"));
            assertThat(verdict.get("chainIntact").asBoolean()).isTrue();
            assertThat(verdict.get("eventCount").asLong()).isGreaterThanOrEqualTo(80);
            assertThat(verdict.get("anchoredCount").asLong()).isEqualTo(verdict.get("eventCount").asLong());
        } finally {
            pool.shutdownNow();
            other.close();
        }
    }
}
