package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.pmg.planner.support.Http;
import nl.pmg.planner.support.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store's writable state lives in its data directory and survives a restart. */
class EmbeddedRestartIT {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext start() {
        return Instances.embedded("--planner.store.data-dir=" + dataDir);
    }

    static Http http(ConfigurableApplicationContext c) {
        return new Http(Instances.port(c));
    }

    @Test
    void anImportedIndicatorIsStillServedAfterARestart() {
        long runId;
        try (ConfigurableApplicationContext first = start()) {
            Http.Response r = http(first).post("/api/imports/indicators", "text/csv", "# id: restart_check\n"
                    + "# label_nl: Herstart\n# label_en: Restart\n# unit: u\n# direction: neutral\n# source: test\n"
                    + "# level: gemeente\narea_code,period,value\nGM0363,2023,7.25\n");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            runId = r.json().get("id").asLong();
        }
        assertThat(dataDir.resolve("planner.sqlite")).exists();
        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.get("/api/indicators/restart_check/values?level=gemeente").json().get("values")
                    .get("GM0363").get("value").asDouble()).isEqualTo(7.25);
            assertThat(http.get("/api/imports/" + runId).json().get("outcome").asString()).isEqualTo("accepted");
        }
    }
}
