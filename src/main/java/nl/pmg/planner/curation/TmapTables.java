package nl.pmg.planner.curation;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the attribute table (no geometry) of a single-layer GeoPackage as text rows. */
final class TmapTables {

    private TmapTables() {
    }

    static List<Map<String, String>> rows(Path gpkg) {
        String url = "jdbc:sqlite:" + gpkg.toAbsolutePath();
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            String table;
            try (var rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
                rs.next();
                table = rs.getString(1);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "") + "\"")) {
                var md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (!md.getColumnName(i).equals("geom")) {
                            Object v = rs.getObject(i);
                            row.put(md.getColumnName(i), v == null ? "" : v.toString());
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + gpkg + ": " + e.getMessage(), e);
        }
    }
}
