package nl.pmg.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Status;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * One import's writes on one connection in one transaction, sent in batches so memory stays flat
 * however long the file. The earlier data of the same indicator or vintage is deleted inside the
 * same transaction, so readers see the old state until the commit and the new one after it. The
 * transaction is Spring's, bound to the importing thread until commit or close: what the import
 * publishes meanwhile (its audited event) is written in the same transaction.
 */
class JdbcWrite implements StoreWrite {

    /** Dialect hook: the area insert statement and how to bind one area to it. */
    interface AreaBinder {
        String sql();

        void bind(PreparedStatement ps, int vintage, Area area) throws SQLException;

        /** Runs before the commit, e.g. to derive generalised boundaries; no-op by default. */
        default void beforeCommit(Connection c, int vintage) throws SQLException {
        }
    }

    private static final int BATCH = 1000;

    private final JdbcStore store;
    private final long runId;
    private final Connection connection;
    private final TransactionStatus transaction;
    private final String target;
    private final int vintage;
    private PreparedStatement insert;
    private AreaBinder binder;
    private int pending;
    private boolean done;

    private JdbcWrite(JdbcStore store, long runId, String target, int vintage) {
        this.store = store;
        this.runId = runId;
        this.target = target;
        this.vintage = vintage;
        DefaultTransactionDefinition own = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = store.transactions.getTransaction(own);
        this.connection = DataSourceUtils.getConnection(store.dataSource);
    }

    static JdbcWrite indicator(JdbcStore store, long runId, IndicatorEntry entry) {
        Indicator ind = entry.indicator();
        JdbcWrite w = new JdbcWrite(store, runId, ind.id(), entry.vintage());
        try {
            w.execute("DELETE FROM indicator_value WHERE indicator_id = ?", ind.id());
            w.execute("DELETE FROM indicator WHERE id = ?", ind.id());
            w.execute("INSERT INTO indicator (id, origin, label_nl, label_en, definition, unit, unit_nl, source, year, "
                    + "levels, direction, method, vintage, min_value, max_value, import_run_id) "
                    + "VALUES (?, 'imported', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ind.id(), ind.labelNl(),
                    ind.labelEn(), ind.definition(), ind.unit(), ind.unitNl(), ind.source(), ind.year(),
                    String.join(",", ind.levels()), ind.direction(), JdbcStore.JSON.writeValueAsString(ind.method()),
                    entry.vintage(), entry.min(), entry.max(), runId);
            w.insert = w.connection.prepareStatement("INSERT INTO indicator_value "
                    + "(indicator_id, area_code, level, period, value, status) VALUES (?, ?, ?, ?, ?, ?)");
            return w;
        } catch (SQLException | RuntimeException e) {
            w.close();
            throw e instanceof RuntimeException r ? r : failed((SQLException) e);
        }
    }

    static JdbcWrite areas(JdbcStore store, long runId, int vintage) {
        JdbcWrite w = new JdbcWrite(store, runId, String.valueOf(vintage), vintage);
        try {
            w.execute("DELETE FROM area WHERE vintage = ?", vintage);
            w.binder = store.areaBinder();
            w.insert = w.connection.prepareStatement(w.binder.sql());
            return w;
        } catch (SQLException | RuntimeException e) {
            w.close();
            throw e instanceof RuntimeException r ? r : failed((SQLException) e);
        }
    }

    @Override
    public void value(String areaCode, Level level, String period, Double value, Status status) {
        try {
            insert.setString(1, target);
            insert.setString(2, areaCode);
            insert.setString(3, level.id());
            insert.setString(4, period);
            if (value == null) {
                insert.setNull(5, Types.DOUBLE);
            } else {
                insert.setDouble(5, value);
            }
            insert.setString(6, status.id());
            added();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void area(int vintage, Area area) {
        try {
            binder.bind(insert, vintage, area);
            added();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void added() throws SQLException {
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void commit(long rowsRead, long rowsAccepted, String checksum, String report) {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            if (binder != null) {
                binder.beforeCommit(connection, vintage);
            }
            execute("UPDATE import_run SET outcome = 'accepted', finished_at = CURRENT_TIMESTAMP, rows_read = ?, "
                    + "rows_accepted = ?, checksum = ?, report = ? WHERE id = ?", rowsRead, rowsAccepted, checksum,
                    report, runId);
            done = true;
            store.transactions.commit(transaction);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            try {
                if (insert != null) {
                    insert.close();
                }
            } catch (SQLException ignored) {
                // the statement goes with the connection
            }
            // an uncommitted transaction never becomes visible
            store.transactions.rollback(transaction);
        }
    }

    static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("store write failed: " + e.getMessage(), e);
    }
}
