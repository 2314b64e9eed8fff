package nl.pmg.planner.disclosure;

import org.springframework.boot.test.context.SpringBootTest;

/** The disclosure matrix on the embedded store (its own SQLite file, so the planted markers stay here). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/disclosure-matrix")
class EmbeddedDisclosureMatrixIT extends DisclosureMatrix {
}
