package nl.pmg.planner.hardening;

import org.springframework.boot.test.context.SpringBootTest;

/** The fuzz harness on the embedded store (a store of its own, so the writes it makes stay there). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/fuzz")
class EmbeddedFuzzIT extends ApiFuzz {
}
