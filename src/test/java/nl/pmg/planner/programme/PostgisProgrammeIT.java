package nl.pmg.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.store.PostgisGeodata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The programme contract on PostGIS, where the shipped memberships too are rows of the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
@Import(ProgrammeContract.Events.class)
class PostgisProgrammeIT extends ProgrammeContract {

    @Autowired
    PostgisGeodata geodata;

    @Test
    void readsTheProgrammeFromTheDatabaseAndKeepsRecordedChangesAcrossAGeodataImport() {
        assertThat(store.kind()).isEqualTo("postgis");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM programme_membership WHERE origin = 'shipped'", Long.class))
                .isEqualTo(47);
        assertThat(manager.post("/api/programme/memberships", "application/json", "{\"gemeente\":\"GM0193\","
                + "\"startDate\":\"2024-04-04\",\"endDate\":\"2027-04-04\",\"source\":\"grant ended\"}").status())
                .isEqualTo(201);
        jdbc.update("DELETE FROM import_run WHERE kind = 'geodata'");
        assertThat(geodata.ensureImported("test")).isTrue();
        assertThat(jdbc.queryForObject("SELECT valid_to::text FROM programme_membership WHERE origin = 'recorded' "
                + "AND gemeente_code = 'GM0193'", String.class)).isEqualTo("2027-04-04");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM asof_indicator_value WHERE dataset = 'asof-2024'", Long.class))
                .isGreaterThan(5_000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitor_series WHERE code = 'GM0363'", Long.class))
                .isGreaterThan(10);
    }
}
