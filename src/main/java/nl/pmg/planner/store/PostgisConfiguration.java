package nl.pmg.planner.store;

import java.util.List;
import javax.sql.DataSource;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.indicator.ShippedIndicators;
import nl.pmg.planner.shared.GeodataPart;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Profile {@code postgis}: the standard {@code spring.datasource.*} connection, migrations from
 * migrations/postgis, geodata/ loaded into an empty database on start-up (once per content), and
 * the service's areas and shipped indicators read back from the database.
 */
@Configuration
@Profile("postgis")
class PostgisConfiguration {

    @Bean
    PostgisStore store(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ImportHeartbeat heartbeat) {
        return new PostgisStore(dataSource, jdbc, transactions, heartbeat);
    }

    @Bean
    ImportHeartbeat importHeartbeat(JdbcTemplate jdbc, StoreProperties properties) {
        ImportHeartbeat h = new ImportHeartbeat(jdbc, properties.heartbeatSeconds());
        h.sweep();
        return h;
    }

    @Bean
    PostgisGeodata postgisGeodata(PostgisStore store, GeodataProperties geodata, StoreProperties properties,
            List<GeodataPart> parts, ApplicationEventPublisher events) {
        PostgisGeodata g = new PostgisGeodata(store, geodata, parts, events);
        if (properties.importGeodataOnStart()) {
            g.ensureImported("start-up");
        }
        return g;
    }

    @Bean
    Areas areas(PostgisGeodata geodata) {
        return geodata.areas();
    }

    @Bean
    ShippedIndicators shippedIndicators(PostgisGeodata geodata) {
        return geodata.indicators();
    }

    @Bean
    StoredIndicators importedIndicators(Store store, Areas areas) {
        return new StoredIndicators(store, areas);
    }
}
