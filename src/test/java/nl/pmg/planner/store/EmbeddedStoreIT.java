package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the embedded default store (SQLite under a data directory in target/). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.store.data-dir=target/it-data/embedded-contract", "planner.imports.min-gemeenten=2"})
class EmbeddedStoreIT extends BoundaryContract {

    @Test
    void isTheEmbeddedStore() {
        assertThat(store.kind()).isEqualTo("embedded");
        assertThat(store.areas(2024)).hasSizeGreaterThan(18_000);
    }
}
