package nl.pmg.planner.features.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.features.BboxFilter;
import nl.pmg.planner.features.FeatureEngine;
import nl.pmg.planner.features.OgcCrs;
import nl.pmg.planner.features.TileBox;
import nl.pmg.planner.features.ZoomBand;
import nl.pmg.planner.shared.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The embedded default engine: the areas in memory, one STRtree per level over their RD New
 * envelopes, geometry transformed with proj4j and written as GeoJSON in Java, tiles encoded by
 * {@link MemoryTiles}. Transformed geometry is cached (bounded); it is public boundary data only.
 */
@Component
@Profile("!postgis")
class MemoryEngine implements FeatureEngine {

    private static final Comparator<Area> BY_CODE = Comparator.comparing(Area::code);

    private final Map<Level, List<Area>> sorted = new EnumMap<>(Level.class);
    private final Map<Level, STRtree> trees = new EnumMap<>(Level.class);
    private final Map<String, List<Area>> byGemeente = new HashMap<>();
    private final Areas areas;
    private final Bands bands;
    private final MemoryTiles tiles;
    private final Cache<String, String> json = Caffeine.newBuilder().maximumSize(80_000).build();
    private final Cache<String, Geometry> transformed = Caffeine.newBuilder().maximumSize(80_000).build();

    MemoryEngine(Areas areas) {
        this.areas = areas;
        this.bands = new Bands(areas);
        for (Level level : Level.values()) {
            List<Area> list = new ArrayList<>(areas.list(level));
            list.sort(BY_CODE);
            sorted.put(level, List.copyOf(list));
            STRtree tree = new STRtree();
            for (Area a : list) {
                if (a.geometryRd() != null) {
                    tree.insert(a.geometryRd().getEnvelopeInternal(), a);
                }
                byGemeente.computeIfAbsent(level.id() + a.gemeenteCode(), k -> new ArrayList<>()).add(a);
            }
            tree.build();
            trees.put(level, tree);
        }
        this.tiles = new MemoryTiles(this::geometryIn);
    }

    @Override
    public Page items(Level level, Selection selection, OgcCrs crs, ZoomBand band, int offset, int limit) {
        List<Area> matched = select(level, selection);
        int from = Math.min(offset, matched.size());
        int to = (int) Math.min((long) from + limit, matched.size());
        List<Hit> hits = new ArrayList<>(to - from);
        for (Area a : matched.subList(from, to)) {
            hits.add(new Hit(a.code(), a.geometryRd() == null ? "null" : geoJson(a, crs, band)));
        }
        return new Page(matched.size(), hits);
    }

    @Override
    public byte[] tile(Level level, TileBox box) {
        Geometry query = Crs.transform(Crs.RD_FACTORY.toGeometry(box.buffered()), box.srid(), Crs.RD_NEW);
        @SuppressWarnings("unchecked")
        List<Area> candidates = new ArrayList<>(trees.get(level).query(query.getEnvelopeInternal()));
        candidates.sort(BY_CODE);
        return tiles.encode(level.collection(), candidates, box);
    }

    private List<Area> select(Level level, Selection s) {
        List<Area> base;
        if (s.code() != null) {
            base = areas.find(s.code()).filter(a -> a.level() == level).map(List::of).orElse(List.of());
        } else if (s.gemeente() != null) {
            base = byGemeente.getOrDefault(level.id() + s.gemeente(), List.of());
        } else {
            base = sorted.get(level);
        }
        if (s.bbox() == null) {
            return base;
        }
        Set<Area> inBox = inBbox(level, s.bbox());
        return base.stream().filter(inBox::contains).toList();
    }

    /** Areas whose boundary intersects the bbox, the bbox corners transformed to RD New. */
    private Set<Area> inBbox(Level level, BboxFilter bbox) {
        Set<Area> out = new LinkedHashSet<>();
        for (Envelope part : bbox.parts()) {
            Geometry rd = Crs.transform(Crs.WGS84_FACTORY.toGeometry(part), bbox.crs().srid(), Crs.RD_NEW);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(rd);
            @SuppressWarnings("unchecked")
            List<Area> candidates = trees.get(level).query(rd.getEnvelopeInternal());
            for (Area a : candidates) {
                if (prepared.intersects(a.geometryRd())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private String geoJson(Area a, OgcCrs crs, ZoomBand band) {
        return json.get(a.code() + '|' + band + '|' + crs,
                k -> GeometryJson.multiPolygon(geometryIn(a, band, crs.srid()), crs.decimals(band), crs.latLon()));
    }

    /** The area's geometry for a band, in an EPSG CRS (x/y order, e.g. lon/lat), cached. */
    Geometry geometryIn(Area a, ZoomBand band, int srid) {
        Geometry rd = bands.geometry(a, band);
        if (srid == Crs.RD_NEW) {
            return rd;
        }
        return transformed.get(a.code() + '|' + band + '|' + srid,
                k -> srid == Crs.WGS84 ? Crs.rdToWgs84(rd) : Crs.transform(rd, Crs.RD_NEW, srid));
    }
}
