package nl.pmg.planner.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The scenario contract on the embedded store (SQLite under a data directory in target/). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/embedded-scenarios")
class EmbeddedScenarioIT extends ScenarioContract {

    @Test
    void isTheEmbeddedStore() {
        assertThat(store.kind()).isEqualTo("embedded");
    }
}
