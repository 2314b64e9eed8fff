package nl.pmg.planner.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.indicator.ShippedIndicators;
import nl.pmg.planner.shared.GeodataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The embedded default: no server. Shipped data from geodata/, writable state in
 * {@code <planner.store.data-dir>/planner.sqlite}, migrated by Flyway from migrations/embedded.
 */
@Configuration
@Profile("!postgis")
class EmbeddedConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedConfiguration.class);

    /** Primary: the sessions have a data source of their own (security.EmbeddedSessions). */
    @Bean
    @Primary
    DataSource dataSource(StoreProperties properties) {
        Path file = properties.dataDir().resolve("planner.sqlite").toAbsolutePath();
        HikariDataSource pool = SqliteFiles.pool(SqliteFiles.open(file, 30_000), "embedded-store");
        log.info("embedded store: {}", file);
        return pool;
    }

    @Bean
    EmbeddedStore store(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions, Areas areas) {
        // one process per embedded store: a run still 'running' at start-up died with the previous process
        int dead = jdbc.update("UPDATE import_run SET outcome = 'failed', finished_at = CURRENT_TIMESTAMP, "
                + "report = 'interrupted: the process ended during the import' WHERE outcome = 'running'");
        if (dead > 0) {
            log.warn("embedded store: {} import run(s) were interrupted by the end of the previous process", dead);
        }
        return new EmbeddedStore(dataSource, jdbc, transactions, areas);
    }

    @Bean
    ShippedIndicators shippedIndicators(GeodataProperties geodata, Areas areas) {
        return ShippedIndicators.compute(geodata, areas);
    }

    @Bean
    StoredIndicators importedIndicators(Store store, Areas areas) {
        return new StoredIndicators(store, areas);
    }
}
