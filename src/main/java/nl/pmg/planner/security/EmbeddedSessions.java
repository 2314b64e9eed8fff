package nl.pmg.planner.security;

import javax.sql.DataSource;
import nl.pmg.planner.store.SqliteFiles;
import nl.pmg.planner.store.StoreProperties;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.sqlite.SQLiteDataSource;

/**
 * Browser sessions of the embedded store: their own SQLite file ({@code sessions.sqlite} beside
 * {@code planner.sqlite}, migrated from migrations/embedded-sessions), so that the write every request makes
 * to its session never waits behind a long import holding the store's single writer lock. Under PostGIS the
 * sessions live in the database itself (V052).
 */
@Configuration
@Profile("!postgis")
@ConditionalOnWebApplication
class EmbeddedSessions {

    @Bean
    @SpringSessionDataSource
    DataSource sessionDataSource(StoreProperties store) {
        SQLiteDataSource sqlite = SqliteFiles.open(store.dataDir().resolve("sessions.sqlite"), 10_000);
        Flyway.configure().dataSource(sqlite).locations("classpath:db/migration/embedded-sessions").load().migrate();
        return SqliteFiles.pool(sqlite, "embedded-sessions");
    }

    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(@SpringSessionDataSource DataSource sessions) {
        return new DataSourceTransactionManager(sessions);
    }

    /** The store's own transactions (a second transaction manager would otherwise replace Boot's). */
    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
