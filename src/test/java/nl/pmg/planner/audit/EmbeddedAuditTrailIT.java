package nl.pmg.planner.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.pmg.planner.imports.IndicatorCsvImport;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Audit from domain events, on the embedded store: a change made outside HTTP (the import command's code
 * path) is audited like one made over HTTP; a change whose audit row cannot be written is not made at all
 * (one transaction); and events removed from the end of the trail show against the anchor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/embedded-audit")
class EmbeddedAuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorCsvImport imports;

    @Autowired
    JdbcTemplate jdbc;

    private static String table(String id) {
        return "# id: " + id + "\n# label_nl: Proef\n# label_en: Test\n# unit: u\n# direction: neutral\n"
                + "# source: test\n# level: gemeente\narea_code,period,value\nGM0363,2023,1.5\n";
    }

    private JsonNode audit() {
        return new Http(port).get("/api/audit?limit=50").json();
    }

    @Test
    void anImportRunOutsideHttpIsAuditedWithItsActor() {
        imports.run(new ByteArrayInputStream(table("audited_command").getBytes(StandardCharsets.UTF_8)), "cmd.csv",
                "command-line-user", Map.of());
        JsonNode events = audit().get("events");
        assertThat(events.toString()).contains("\"action\":\"indicators-imported\"")
                .contains("\"username\":\"command-line-user\"").contains("indicator audited_command");
        assertThat(audit().get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void aChangeWhoseAuditRowCannotBeWrittenIsNotMade() {
        jdbc.execute("ALTER TABLE audit_anchor RENAME TO audit_anchor_away");
        try {
            assertThatThrownBy(() -> imports.run(new ByteArrayInputStream(table("never_committed")
                    .getBytes(StandardCharsets.UTF_8)), "cmd.csv", "someone", Map.of())).isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.execute("ALTER TABLE audit_anchor_away RENAME TO audit_anchor");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM indicator WHERE id = 'never_committed'", Long.class))
                .as("the import without its audit row").isZero();
        assertThat(new Http(port).get("/api/indicators/never_committed").status()).isEqualTo(404);
    }

    @Test
    void eventsRemovedFromTheEndShowAgainstTheAnchor() {
        Http manager = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(manager.post("/api/decisions", "application/json",
                    "{\"scenarioId\":\"uitbreiding-2023\",\"decision\":\"adopt\",\"note\":\"end " + i + "\"}").status())
                    .isEqualTo(201);
        }
        assertThat(audit().get("chainIntact").asBoolean()).isTrue();
        long last = jdbc.queryForObject("SELECT max(seq) FROM audit_event", Long.class);
        jdbc.execute("DROP TRIGGER IF EXISTS audit_event_no_delete");
        try {
            jdbc.update("DELETE FROM audit_event WHERE seq = ?", last);
            JsonNode a = audit();
            assertThat(a.get("chainIntact").asBoolean()).isFalse();
            assertThat(a.get("firstBreak").get("seq").asLong()).isEqualTo(last);
            assertThat(a.get("firstBreak").get("reason").asString()).contains("the anchor counts " + last);
        } finally {
            // put the trail back in order for the other tests of this context: empty, anchor at zero
            jdbc.execute("DELETE FROM audit_event");
            jdbc.update("UPDATE audit_anchor SET events = 0, head = ''");
            jdbc.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                    + "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END");
        }
    }
}
