package nl.pmg.planner.monitor;

import java.util.List;
import nl.pmg.planner.shared.SqlResource;
import nl.pmg.planner.store.PostgisGeodata;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Profile {@code postgis}: the series as the geodata import stored them in {@code monitor_series}. */
@Component
@Profile("postgis")
class PostgisSeries implements SeriesSource {

    private static final String SELECT = SqlResource.of(PostgisSeries.class, "monitor-series.sql");

    private final JdbcTemplate jdbc;

    /** Takes the geodata import so that it has run before the first read. */
    PostgisSeries(JdbcTemplate jdbc, PostgisGeodata imported) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SeriesRow> rows() {
        return jdbc.query(SELECT, (rs, n) -> new SeriesRow(rs.getString("code"), rs.getString("indicator"),
                new Point(rs.getInt("year"), rs.getObject("value", Double.class), rs.getObject("numerator", Double.class),
                        rs.getObject("denominator", Double.class), rs.getString("status"), rs.getString("mapping"))));
    }
}
