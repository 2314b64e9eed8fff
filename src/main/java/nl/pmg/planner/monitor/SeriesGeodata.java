package nl.pmg.planner.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import nl.pmg.planner.shared.GeodataProperties;
import nl.pmg.planner.shared.SqlResource;
import nl.pmg.planner.shared.GeodataPart;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The monitor's share of the PostGIS geodata import: every series row, exactly as {@link GeodataSeries} reads it. */
@Component
@Profile("postgis")
class SeriesGeodata implements GeodataPart {

    @Override
    public List<String> files() {
        return GeodataSeries.FILES;
    }

    @Override
    public long write(Connection c, GeodataProperties geodata) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(SqlResource.of(getClass(), "delete-monitor-series.sql"))) {
            delete.executeUpdate();
        }
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement(SqlResource.of(getClass(), "insert-monitor-series.sql"))) {
            for (SeriesRow r : GeodataSeries.read(geodata)) {
                Point p = r.point();
                Object[] cells = {r.code(), r.indicator(), p.year(), p.numerator(), p.denominator(), p.value(), p.status(),
                    p.mapping()};
                for (int i = 0; i < cells.length; i++) {
                    insert.setObject(i + 1, cells[i]);
                }
                insert.addBatch();
                if (++rows % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }
}
