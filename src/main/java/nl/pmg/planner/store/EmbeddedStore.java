package nl.pmg.planner.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The embedded default: a single SQLite file (WAL journal, so readers never wait for an import and
 * a killed process rolls back on the next open) holding everything written after start-up. The
 * shipped 2024 division stays in {@code geodata/} and is served from memory.
 * <p>
 * SQLite allows one writer at a time, so imports are serialised here and a running import's
 * progress is kept in memory; an embedded store has exactly one process by definition.
 */
final class EmbeddedStore extends JdbcStore {

    static final int SHIPPED_VINTAGE = 2024;

    private final Areas shipped;
    private final ReentrantLock writer = new ReentrantLock();
    private final Map<Long, Long> progress = new ConcurrentHashMap<>();

    EmbeddedStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions, Areas shipped) {
        super(dataSource, jdbc, transactions);
        this.shipped = shipped;
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public void progress(long runId, long rowsRead) {
        progress.put(runId, rowsRead);
    }

    @Override
    public void finishRejected(long runId, String outcome, long rowsRead, long rowsRejected, String checksum,
            String report) {
        progress.remove(runId);
        super.finishRejected(runId, outcome, rowsRead, rowsRejected, checksum, report);
    }

    @Override
    public Optional<ImportRun> run(long id) {
        Long read = progress.get(id);
        return super.run(id).map(r -> read == null || !r.outcome().equals("running") ? r
                : new ImportRun(r.id(), r.kind(), r.startedBy(), r.startedAt(), r.finishedAt(), r.fileName(),
                        r.checksum(), r.target(), read, r.rowsAccepted(), r.rowsRejected(), r.outcome(), r.report()));
    }

    @Override
    public StoreWrite writeIndicator(long runId, IndicatorEntry entry) {
        return serialised(runId, () -> super.writeIndicator(runId, entry));
    }

    @Override
    public StoreWrite writeAreas(long runId, int vintage) {
        return serialised(runId, () -> super.writeAreas(runId, vintage));
    }

    private StoreWrite serialised(long runId, java.util.function.Supplier<StoreWrite> open) {
        writer.lock();
        try {
            StoreWrite w = open.get();
            return new Serialised(w, () -> {
                progress.remove(runId);
                writer.unlock();
            });
        } catch (RuntimeException e) {
            writer.unlock();
            throw e;
        }
    }

    private record Serialised(StoreWrite delegate, Runnable release) implements StoreWrite {
        @Override
        public void value(String areaCode, Level level, String period, Double value,
                nl.pmg.planner.indicator.Status status) {
            delegate.value(areaCode, level, period, value, status);
        }

        @Override
        public void area(int vintage, Area area) {
            delegate.area(vintage, area);
        }

        @Override
        public void commit(long rowsRead, long rowsAccepted, String checksum, String report) {
            delegate.commit(rowsRead, rowsAccepted, checksum, report);
        }

        @Override
        public void close() {
            try {
                delegate.close();
            } finally {
                release.run();
            }
        }
    }

    @Override
    public List<Integer> vintages() {
        List<Integer> v = new ArrayList<>(List.of(SHIPPED_VINTAGE));
        v.addAll(jdbc.queryForList("SELECT DISTINCT vintage FROM area ORDER BY vintage", Integer.class));
        return v;
    }

    @Override
    public List<Area> areas(int vintage) {
        if (vintage == SHIPPED_VINTAGE) {
            List<Area> all = new ArrayList<>();
            for (Level l : Level.values()) {
                all.addAll(shipped.list(l));
            }
            return all;
        }
        return jdbc.query("SELECT * FROM area WHERE vintage = ? ORDER BY code", (rs, n) -> new Area(
                rs.getString("code"), rs.getString("name"), Level.ofId(rs.getString("level")).orElseThrow(),
                rs.getString("gemeente_code"), rs.getString("wijk_code"), null, rs.getInt("approximate_boundary") == 1,
                wkb(rs.getBytes("geom_wkb"))), vintage);
    }

    @Override
    String geometryHex() {
        return "hex(geom_wkb)";
    }

    @Override
    JdbcWrite.AreaBinder areaBinder() {
        return new JdbcWrite.AreaBinder() {
            @Override
            public String sql() {
                return "INSERT INTO area (vintage, level, code, name, gemeente_code, wijk_code, parent_code, "
                        + "approximate_boundary, geom_wkb, geom_small_wkb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            public void bind(PreparedStatement ps, int vintage, Area a) throws SQLException {
                ps.setInt(1, vintage);
                ps.setString(2, a.level().id());
                ps.setString(3, a.code());
                ps.setString(4, a.name());
                ps.setString(5, a.gemeenteCode());
                ps.setString(6, a.wijkCode());
                ps.setString(7, a.parentCode());
                ps.setInt(8, a.approximateBoundary() ? 1 : 0);
                if (a.geometryRd() == null) {
                    ps.setNull(9, Types.BLOB);
                    ps.setNull(10, Types.BLOB);
                } else {
                    ps.setBytes(9, new WKBWriter(2).write(a.geometryRd()));
                    // the same 100 m tolerance as PostGIS's ST_SimplifyPreserveTopology in the postgis store
                    ps.setBytes(10, new WKBWriter(2).write(TopologyPreservingSimplifier.simplify(a.geometryRd(), 100)));
                }
            }
        };
    }
}
