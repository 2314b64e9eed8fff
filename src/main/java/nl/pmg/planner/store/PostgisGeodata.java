package nl.pmg.planner.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.AreaLoader;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.ShippedIndicators;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.shared.GeodataPart;
import nl.pmg.planner.shared.GeodataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The shipped {@code geodata/} in PostGIS: loaded once per content checksum (so a second run
 * changes nothing), in one transaction under an advisory lock (so two instances starting together
 * load it once), and read back as the service's areas and shipped indicators.
 */
public final class PostgisGeodata {

    private static final Logger log = LoggerFactory.getLogger(PostgisGeodata.class);
    private static final int SHIPPED_VINTAGE = 2024;
    private static final long LOCK = 0x706d675f67656fL;

    private final PostgisStore store;
    private final GeodataProperties geodata;
    private final List<GeodataPart> parts;
    private final ApplicationEventPublisher events;

    PostgisGeodata(PostgisStore store, GeodataProperties geodata, List<GeodataPart> parts,
            ApplicationEventPublisher events) {
        this.store = store;
        this.geodata = geodata;
        this.parts = List.copyOf(parts);
        this.events = events;
    }

    /** Loads geodata/ unless this exact content is loaded already; returns whether it loaded. */
    public boolean ensureImported(String startedBy) {
        String checksum = checksum();
        if (loaded(checksum)) {
            log.info("geodata import: database already holds geodata {} — nothing to do", checksum.substring(0, 12));
            return false;
        }
        long start = System.nanoTime();
        Areas areas = AreaLoader.load(geodata.file("areas_2024.gpkg"));
        ShippedIndicators indicators = ShippedIndicators.compute(geodata, areas);
        TransactionStatus tx = store.transactions.getTransaction(
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        long rows;
        try {
            Connection c = DataSourceUtils.getConnection(store.dataSource);
            execute(c, "SELECT pg_advisory_xact_lock(?)", LOCK);
            if (loaded(c, checksum)) {
                store.transactions.rollback(tx);
                return false;
            }
            rows = write(c, areas, indicators);
            for (GeodataPart part : parts) {
                rows += part.write(c, geodata);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_run (kind, started_by, finished_at, "
                    + "file_name, checksum, target, rows_read, rows_accepted, outcome) VALUES "
                    + "('geodata', ?, now(), ?, ?, '2024', ?, ?, 'accepted')")) {
                ps.setString(1, startedBy);
                ps.setString(2, geodata.dir().toString());
                ps.setString(3, checksum);
                ps.setLong(4, rows);
                ps.setLong(5, rows);
                ps.executeUpdate();
            }
            // audited in the same transaction: the load and its audit row are committed together
            events.publishEvent(new GeodataLoaded(startedBy, checksum, rows));
        } catch (SQLException | RuntimeException e) {
            store.transactions.rollback(tx);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("geodata import failed: " + e.getMessage(), e);
        }
        store.transactions.commit(tx);
        log.info("geodata import: {} rows from {} in {} ms", rows, geodata.dir(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    private long write(Connection c, Areas areas, ShippedIndicators indicators) throws SQLException {
        execute(c, "DELETE FROM indicator WHERE origin = 'shipped'");
        execute(c, "DELETE FROM area WHERE vintage = ?", SHIPPED_VINTAGE);
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(store.areaBinder().sql())) {
            for (Level l : Level.values()) {
                for (Area a : areas.list(l)) {
                    PostgisStore.bindArea(ps, SHIPPED_VINTAGE, a);
                    ps.addBatch();
                    if (++rows % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        int position = 0;
        try (PreparedStatement ind = c.prepareStatement("INSERT INTO indicator (id, origin, label_nl, label_en, "
                + "definition, unit, unit_nl, source, year, levels, direction, method, position, vintage) "
                + "VALUES (?, 'shipped', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement val = c.prepareStatement("INSERT INTO indicator_value (indicator_id, area_code, "
                        + "level, period, value, status) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Indicator i : indicators.catalogue()) {
                Object[] cells = {i.id(), i.labelNl(), i.labelEn(), i.definition(), i.unit(), i.unitNl(), i.source(),
                    i.year(), String.join(",", i.levels()), i.direction(), JdbcStore.JSON.writeValueAsString(i.method()),
                    position++, SHIPPED_VINTAGE};
                bind(ind, cells);
                ind.executeUpdate();
                for (var perLevel : indicators.values().getOrDefault(i.id(), Map.of()).entrySet()) {
                    for (var e : perLevel.getValue().entrySet()) {
                        Value v = e.getValue();
                        bind(val, new Object[] {i.id(), e.getKey(), perLevel.getKey().id(), i.year(), v.value(),
                            v.status().id()});
                        val.addBatch();
                        if (++rows % 5000 == 0) {
                            val.executeBatch();
                        }
                    }
                }
            }
            val.executeBatch();
        }
        execute(c, "INSERT INTO dataset_setting (key, value) VALUES ('licence', ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", indicators.licence());
        return rows;
    }

    /** The areas of the shipped division as stored. */
    public Areas areas() {
        return new Areas(store.areas(SHIPPED_VINTAGE));
    }

    /** The shipped catalogue and values as stored. */
    public ShippedIndicators indicators() {
        List<Indicator> catalogue = store.jdbc.query("SELECT * FROM indicator WHERE origin = 'shipped' "
                + "ORDER BY position", (rs, n) -> JdbcStore.indicator(rs));
        var values = store.values("SELECT v.indicator_id, v.level, v.area_code, v.value, v.status FROM indicator_value v "
                + "JOIN indicator i ON i.id = v.indicator_id WHERE i.origin = 'shipped' ORDER BY v.area_code");
        String licence = store.jdbc.queryForList("SELECT value FROM dataset_setting WHERE key = 'licence'",
                String.class).stream().findFirst().orElse("");
        return new ShippedIndicators(licence, catalogue, values);
    }

    private boolean loaded(String checksum) {
        return store.jdbc.queryForObject("SELECT count(*) FROM import_run WHERE kind = 'geodata' "
                + "AND outcome = 'accepted' AND checksum = ?", Long.class, checksum) > 0;
    }

    private static boolean loaded(Connection c, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM import_run WHERE kind = 'geodata' "
                + "AND outcome = 'accepted' AND checksum = ?")) {
            ps.setString(1, checksum);
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /** SHA-256 over every file of geodata/ that the import reads, in a fixed order. */
    String checksum() {
        MessageDigest digest = JdbcStore.sha256();
        List<Path> files = new ArrayList<>();
        for (String name : List.of("areas_2024.gpkg", "catalogue.json", "derived_values.csv", "variables_gemeente.csv",
                "variables_wijk.csv", "variables_buurt.csv")) {
            files.add(geodata.file(name));
        }
        parts.forEach(p -> p.files().forEach(name -> files.add(geodata.file(name))));
        for (Path f : files) {
            digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.execute();
        }
    }

    private static void bind(PreparedStatement ps, Object[] cells) throws SQLException {
        for (int i = 0; i < cells.length; i++) {
            // a null goes as an untyped parameter, which PostgreSQL fits to any column type
            ps.setObject(i + 1, cells[i]);
        }
    }
}
