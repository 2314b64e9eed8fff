package nl.pmg.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.area.Regions;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The PostGIS store: every division (the shipped 2024 one included), the whole catalogue, values,
 * import runs and their progress live in the database, so any number of instances can share it.
 */
final class PostgisStore extends JdbcStore {

    private final ImportHeartbeat heartbeat;

    PostgisStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ImportHeartbeat heartbeat) {
        super(dataSource, jdbc, transactions);
        this.heartbeat = heartbeat;
    }

    @Override
    public long startRun(String kind, String startedBy, String fileName, String target) {
        long id = super.startRun(kind, startedBy, fileName, target);
        heartbeat.started(id);
        return id;
    }

    /** A run whose instance stopped is reported as failed, not as running for ever. */
    @Override
    public java.util.Optional<ImportRun> run(long id) {
        heartbeat.sweep();
        return super.run(id);
    }

    @Override
    public String kind() {
        return "postgis";
    }

    @Override
    public List<Integer> vintages() {
        return jdbc.queryForList("SELECT DISTINCT vintage FROM area ORDER BY vintage", Integer.class);
    }

    @Override
    public List<Area> areas(int vintage) {
        return jdbc.query("SELECT a.*, ST_AsBinary(geom) AS wkb FROM area a WHERE vintage = ? ORDER BY level, code",
                (rs, n) -> {
                    Regions regions = rs.getString("province_code") == null && rs.getString("vr_code") == null ? null
                            : new Regions(rs.getString("province_code"), rs.getString("province_name"),
                                    rs.getString("vr_code"), rs.getString("vr_name"), rs.getString("re_code"),
                                    rs.getString("re_name"), rs.getString("riec_name"));
                    return new Area(rs.getString("code"), rs.getString("name"),
                            Level.ofId(rs.getString("level")).orElseThrow(), rs.getString("gemeente_code"),
                            rs.getString("wijk_code"), regions, rs.getBoolean("approximate_boundary"),
                            wkb(rs.getBytes("wkb")));
                }, vintage);
    }

    @Override
    String geometryHex() {
        return "encode(ST_AsBinary(geom), 'hex')";
    }

    @Override
    JdbcWrite.AreaBinder areaBinder() {
        return new JdbcWrite.AreaBinder() {
            @Override
            public String sql() {
                return "INSERT INTO area (vintage, level, code, name, gemeente_code, wijk_code, parent_code, "
                        + "province_code, province_name, vr_code, vr_name, re_code, re_name, riec_name, "
                        + "approximate_boundary, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "ST_Multi(ST_GeomFromWKB(?, 28992)))";
            }

            @Override
            public void bind(PreparedStatement ps, int vintage, Area a) throws SQLException {
                bindArea(ps, vintage, a);
            }
        };
    }

    static void bindArea(PreparedStatement ps, int vintage, Area a) throws SQLException {
        Regions r = a.regions();
        Object[] cells = {vintage, a.level().id(), a.code(), a.name(), a.gemeenteCode(), a.wijkCode(), a.parentCode(),
            r == null ? null : r.provinceCode(), r == null ? null : r.provinceName(), r == null ? null : r.vrCode(),
            r == null ? null : r.vrName(), r == null ? null : r.policeUnitCode(), r == null ? null : r.policeUnitName(),
            r == null ? null : r.riecName(), a.approximateBoundary()};
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, cells[i]);
            }
        }
        if (a.geometryRd() == null) {
            ps.setNull(16, Types.BINARY);
        } else {
            ps.setBytes(16, new WKBWriter(2).write(a.geometryRd()));
        }
    }
}
