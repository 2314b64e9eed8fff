package nl.pmg.planner.features.postgis;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.BboxFilter;
import nl.pmg.planner.features.FeatureEngine;
import nl.pmg.planner.features.OgcCrs;
import nl.pmg.planner.features.TileBox;
import nl.pmg.planner.features.ZoomBand;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostGIS engine: selection (GiST), transformation, generalised geometry (area_generalised),
 * GeoJSON and MVT encoding all happen in PostgreSQL, in the named SQL resources beside this class.
 * Nothing is read from geodata/ files: the boundaries are those in the database.
 */
@Component
@Profile("postgis")
class PostgisEngine implements FeatureEngine {

    static final int VINTAGE = 2024;

    private final NamedParameterJdbcTemplate jdbc;
    private final String items = Sql.load("items.sql");
    private final String tile = Sql.load("tile.sql");

    PostgisEngine(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Areas areas, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        PostgisBands.ensure(jdbc, tx, areas, VINTAGE, events);
    }

    @Override
    public Page items(Level level, Selection s, OgcCrs crs, ZoomBand band, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("vintage", VINTAGE).addValue("level", level.id())
                .addValue("gemeente", s.gemeente(), Types.VARCHAR).addValue("code", s.code(), Types.VARCHAR)
                .addValue("bbox", s.bbox() == null ? null : bbox(s.bbox()), Types.BINARY)
                .addValue("bbox_srid", s.bbox() == null ? Crs.WGS84 : s.bbox().crs().srid())
                .addValue("lat_lon", crs.latLon()).addValue("srid", crs.srid()).addValue("decimals", crs.decimals(band))
                .addValue("band", band == null ? null : band.id(), Types.INTEGER)
                .addValue("limit", limit).addValue("offset", offset);
        long[] matched = {0};
        List<Hit> hits = new ArrayList<>();
        jdbc.query(items, p, rs -> {
            matched[0] = rs.getLong("matched");
            String code = rs.getString("code");
            if (code != null) {
                hits.add(new Hit(code, rs.getString("geometry")));
            }
        });
        return new Page(matched[0], hits);
    }

    @Override
    public byte[] tile(Level level, TileBox box) {
        Envelope e = box.envelope();
        Envelope b = box.buffered();
        MapSqlParameterSource p = new MapSqlParameterSource("vintage", VINTAGE).addValue("level", level.id())
                .addValue("srid", box.srid()).addValue("layer", level.collection()).addValue("with_names", box.withNames())
                .addValue("band", box.band() == null ? null : box.band().id(), Types.INTEGER)
                .addValue("xmin", e.getMinX()).addValue("ymin", e.getMinY()).addValue("xmax", e.getMaxX())
                .addValue("ymax", e.getMaxY()).addValue("bxmin", b.getMinX()).addValue("bymin", b.getMinY())
                .addValue("bxmax", b.getMaxX()).addValue("bymax", b.getMaxY());
        byte[] mvt = jdbc.queryForObject(tile, p, byte[].class);
        return mvt == null ? new byte[0] : mvt;
    }

    /** The bbox parts as one (multi)polygon WKB in the bbox CRS, x = longitude or easting. */
    private static byte[] bbox(BboxFilter bbox) {
        Polygon[] parts = bbox.parts().stream().map(env -> (Polygon) Crs.WGS84_FACTORY.toGeometry(env))
                .toArray(Polygon[]::new);
        return new WKBWriter(2).write(Crs.WGS84_FACTORY.createMultiPolygon(parts));
    }
}
