package nl.pmg.planner.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import nl.pmg.planner.shared.GeodataProperties;
import nl.pmg.planner.shared.SqlResource;
import nl.pmg.planner.shared.GeodataPart;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The programme's share of the PostGIS geodata import: the shipped memberships, replaced as a whole. */
@Component
@Profile("postgis")
class ProgrammeGeodata implements GeodataPart {

    @Override
    public List<String> files() {
        return List.of(ShippedMemberships.FILE);
    }

    @Override
    public long write(Connection c, GeodataProperties geodata) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(SqlResource.of(getClass(), "delete-shipped-memberships.sql"))) {
            delete.executeUpdate();
        }
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement(MembershipRows.insertSql("postgis"))) {
            for (Member m : ShippedMemberships.read(geodata)) {
                Object[] values = MembershipRows.values(m, "shipped", "geodata import");
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
                rows++;
            }
            insert.executeBatch();
        }
        return rows;
    }
}
