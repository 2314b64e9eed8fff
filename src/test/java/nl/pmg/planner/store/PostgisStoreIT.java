package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The contract on PostGIS (connection from PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD; see
 * .ci/postgis-up). Fails, never skips, when the database cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planner.imports.min-gemeenten=2")
@ActiveProfiles("postgis")
class PostgisStoreIT extends BoundaryContract {

    @Autowired
    PostgisGeodata geodata;

    @Test
    void loadsTheShippedDataOnceAndASecondRunChangesNothing() {
        assertThat(store.kind()).isEqualTo("postgis");
        assertThat(store.counts().get("area")).isGreaterThan(18_000);
        var counts = store.counts();
        String checksum = store.checksum();
        assertThat(geodata.ensureImported("test")).isFalse();
        assertThat(store.counts()).isEqualTo(counts);
        assertThat(store.checksum()).isEqualTo(checksum);
    }

    @Test
    void loadsTheShippedDataIntoAnEmptyDatabaseWithinAMinuteWithIdenticalContent() {
        String checksum = store.checksum();
        var counts = store.counts();
        jdbc.update("DELETE FROM indicator WHERE origin = 'shipped'");
        jdbc.update("DELETE FROM area WHERE vintage = 2024");
        jdbc.update("DELETE FROM programme_membership");
        jdbc.update("DELETE FROM import_run WHERE kind = 'geodata'");
        assertThat(store.counts().get("indicator_value")).isZero();
        long start = System.nanoTime();
        assertThat(geodata.ensureImported("test")).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(PostgisStoreIT.class).info("geodata into an emptied PostGIS: {} ms", millis);
        assertThat(millis).isLessThan(60_000);
        assertThat(store.checksum()).isEqualTo(checksum);
        assertThat(store.counts().get("indicator_value")).isEqualTo(counts.get("indicator_value"));
        assertThat(store.counts().get("area")).isEqualTo(counts.get("area"));
    }

    @Test
    void keepsGeneralisedBoundariesAndAGistIndex() {
        // four zoom bands per area with a boundary (features: generalised coverages, computed once)
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area_generalised WHERE vintage = 2024", Long.class))
                .isEqualTo(4 * jdbc.queryForObject("SELECT count(*) FROM area WHERE vintage = 2024 AND geom IS NOT NULL",
                        Long.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname = 'area_geom_gist'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT ST_SRID(geom) FROM area WHERE code = 'GM0363'", Integer.class))
                .isEqualTo(28992);
    }
}
