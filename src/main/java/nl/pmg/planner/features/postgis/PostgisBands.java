package nl.pmg.planner.features.postgis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.CoverageGeneraliser;
import nl.pmg.planner.features.ZoomBand;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code area_generalised} in step with the stored boundaries: when its rows were not made
 * from exactly the boundaries in the database (SHA-256 over code and geometry), the coverages are
 * computed once (JTS CoverageSimplifier, per level and band) and stored in one transaction, under
 * an advisory lock so that instances starting together compute them once. The write is audited
 * ({@link CoveragesGeneralised}, in the same transaction).
 */
final class PostgisBands {

    private static final Logger log = LoggerFactory.getLogger(PostgisBands.class);

    private PostgisBands() {
    }

    static void ensure(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Areas areas, int vintage,
            ApplicationEventPublisher events) {
        String source = source(areas);
        int expected = 0;
        for (Level l : Level.values()) {
            expected += (int) areas.list(l).stream().filter(a -> a.geometryRd() != null).count() * ZoomBand.values().length;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("vintage", vintage).addValue("source", source);
        int want = expected;
        tx.executeWithoutResult(status -> {
            jdbc.queryForList(Sql.load("generalised-lock.sql"), p);
            Long have = jdbc.queryForObject(Sql.load("generalised-source.sql"), p, Long.class);
            if (have != null && have == want) {
                log.info("generalised coverages of {} are up to date ({} rows)", vintage, have);
                return;
            }
            long start = System.nanoTime();
            jdbc.update(Sql.load("generalised-clear.sql"), p);
            WKBWriter wkb = new WKBWriter(2);
            List<MapSqlParameterSource> rows = new ArrayList<>();
            for (Level level : Level.values()) {
                Map<String, MultiPolygon> input = new LinkedHashMap<>();
                areas.list(level).forEach(a -> input.put(a.code(), a.geometryRd()));
                CoverageGeneraliser.generalise(input).forEach((band, geometries) -> geometries.forEach((code, g) ->
                        rows.add(new MapSqlParameterSource("vintage", vintage).addValue("level", level.id())
                                .addValue("code", code).addValue("band", band.id()).addValue("source", source)
                                .addValue("wkb", wkb.write(g)))));
            }
            jdbc.batchUpdate(Sql.load("generalised-insert.sql"), rows.toArray(MapSqlParameterSource[]::new));
            events.publishEvent(new CoveragesGeneralised(vintage, rows.size(), source));
            log.info("generalised coverages of {} computed and stored: {} rows in {} ms", vintage, rows.size(),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** SHA-256 over every area's code and RD New geometry (WKB), in level and code order. */
    static String source(Areas areas) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            WKBWriter wkb = new WKBWriter(2);
            for (Level l : Level.values()) {
                for (Area a : areas.list(l).stream().sorted(java.util.Comparator.comparing(Area::code)).toList()) {
                    d.update(a.code().getBytes(StandardCharsets.UTF_8));
                    if (a.geometryRd() != null) {
                        d.update(wkb.write(a.geometryRd()));
                    }
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
