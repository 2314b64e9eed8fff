package nl.pmg.planner.curation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GpkgGeometry;
import nl.pmg.planner.shared.GpkgTables;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code areas_2024.gpkg}: layers gemeente, wijk and buurt in RD New, with the hierarchy
 * codes and, for gemeenten, province, veiligheidsregio, police unit and RIEC. Water-only wijken
 * ("Groot water") are left out; buurt geometry is the approximate reconstruction.
 */
final class BoundaryCurator {

    private static final Logger log = LoggerFactory.getLogger(BoundaryCurator.class);

    private final Path source;

    BoundaryCurator(Path source) {
        this.source = source;
    }

    void writeAreas(Path target, Set<String> kwbWijken) throws IOException, java.sql.SQLException {
        Files.deleteIfExists(target);
        File file = GeoPackageManager.create(target.toFile());
        try (GeoPackage out = GeoPackageManager.open(file)) {
            SpatialReferenceSystem rd = GpkgTables.registerRdNew(out);
            Map<String, Map<String, String>> regions = new HashMap<>();
            for (var r : Csv.readRows(source.resolve("regions/gemeente_regions_2024.csv"))) {
                regions.put(r.get("gm_code"), r);
            }
            List<String> gemeenteColumns = List.of("code", "name", "province_code", "province_name", "vr_code",
                    "vr_name", "re_code", "re_name", "riec_name");
            int gemeenten = copy(out, rd, "gemeente", gemeenteColumns, source.resolve("boundaries/gemeente_2024_pdok.gpkg"),
                    r -> {
                        Map<String, String> reg = regions.get(text(r, "gemeentecode"));
                        if (reg == null) {
                            throw new IllegalStateException("no region for " + text(r, "gemeentecode"));
                        }
                        return List.of(text(r, "gemeentecode"), text(r, "gemeentenaam"), reg.get("provincie_code"),
                                reg.get("provincie"), reg.get("vr_code"), reg.get("vr_naam"), reg.get("re_code"),
                                reg.get("re_naam"), reg.get("riec_naam"));
                    });
            int wijken = copy(out, rd, "wijk", List.of("code", "name", "gm_code"),
                    source.resolve("boundaries/wijk_2024_pdok.gpkg"),
                    r -> kwbWijken.contains(text(r, "wijkcode"))
                            ? List.of(text(r, "wijkcode"), text(r, "wijknaam"), text(r, "gemeentecode")) : null);
            int buurten = copy(out, rd, "buurt", List.of("code", "name", "wk_code", "gm_code"),
                    source.resolve("boundaries/buurt_2024_approx.gpkg"),
                    r -> List.of(text(r, "statcode"), text(r, "statnaam"), text(r, "wk_code"), text(r, "gm_code")));
            log.info("areas written: {} gemeenten, {} wijken, {} buurten", gemeenten, wijken, buurten);
        }
    }

    private interface Attributes {
        /** The output attribute values in column order, or null to leave the feature out. */
        List<String> of(FeatureRow row);
    }

    private int copy(GeoPackage out, SpatialReferenceSystem rd, String table, List<String> columns, Path from,
            Attributes attributes) {
        List<FeatureColumn> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(FeatureColumn.createColumn(c, GeoPackageDataType.TEXT, true, null));
        }
        var dao = GpkgTables.createMultiPolygonLayer(out, table, rd, cols);
        int written = 0;
        out.beginTransaction();
        try (GeoPackage in = GeoPackageManager.open(from.toFile(), false)) {
            var inDao = in.getFeatureDao(in.getFeatureTables().get(0));
            int srs = (int) inDao.getSrsId();
            var rs = inDao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    List<String> values = attributes.of(row);
                    if (values == null) {
                        continue;
                    }
                    Geometry g = GpkgGeometry.read(row.getGeometry(), srs == Crs.RD_NEW ? Crs.RD_FACTORY : Crs.WGS84_FACTORY);
                    if (g == null) {
                        log.warn("{} {} has no geometry; left out", table, values.get(0));
                        continue;
                    }
                    Geometry rdGeom = srs == Crs.RD_NEW ? g : Crs.transform(g, srs, Crs.RD_NEW);
                    MultiPolygon mp = GpkgGeometry.asValidMultiPolygon(rdGeom);
                    if (mp == null) {
                        log.warn("{} {} has no polygonal geometry; left out", table, values.get(0));
                        continue;
                    }
                    FeatureRow o = dao.newRow();
                    o.setGeometry(GpkgGeometry.write(mp, rd.getSrsId()));
                    for (int i = 0; i < columns.size(); i++) {
                        o.setValue(columns.get(i), values.get(i));
                    }
                    dao.create(o);
                    written++;
                }
            } finally {
                rs.close();
            }
        }
        out.endTransaction();
        return written;
    }

    private static String text(FeatureRow r, String column) {
        Object v = r.getValue(column);
        return v == null ? "" : v.toString().trim();
    }
}
