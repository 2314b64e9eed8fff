package nl.pmg.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The programme contract on the embedded store: shipped memberships from geodata/, recorded ones in SQLite. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.data-dir=target/it-data/embedded-programme")
@Import(ProgrammeContract.Events.class)
class EmbeddedProgrammeIT extends ProgrammeContract {

    @Test
    void keepsOnlyRecordedMembershipsInTheEmbeddedStore() {
        assertThat(store.kind()).isEqualTo("embedded");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM programme_membership", Long.class)).isZero();
    }
}
