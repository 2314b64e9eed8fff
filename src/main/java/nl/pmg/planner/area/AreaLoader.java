package nl.pmg.planner.area;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureRow;
import nl.pmg.planner.shared.Crs;
import nl.pmg.planner.shared.GpkgGeometry;
import org.locationtech.jts.geom.MultiPolygon;

/** Reads the curated {@code areas_2024.gpkg} (layers gemeente, wijk, buurt; RD New) into {@link Areas}. */
public final class AreaLoader {

    private AreaLoader() {
    }

    public static Areas load(Path gpkg) {
        if (!Files.isRegularFile(gpkg)) {
            throw new IllegalStateException("area data not found at " + gpkg.toAbsolutePath()
                    + " (set planner.geodata.dir to the project's geodata directory)");
        }
        List<Area> areas = new ArrayList<>();
        Map<String, Regions> regions = new HashMap<>();
        try (GeoPackage gp = GeoPackageManager.open(gpkg.toFile(), false)) {
            read(gp, "gemeente", r -> {
                Regions reg = new Regions(text(r, "province_code"), text(r, "province_name"), text(r, "vr_code"),
                        text(r, "vr_name"), text(r, "re_code"), text(r, "re_name"), text(r, "riec_name"));
                regions.put(text(r, "code"), reg);
                areas.add(new Area(text(r, "code"), text(r, "name"), Level.GEMEENTE, text(r, "code"), null, reg,
                        false, geometry(r)));
            });
            read(gp, "wijk", r -> areas.add(new Area(text(r, "code"), text(r, "name"), Level.WIJK, text(r, "gm_code"),
                    text(r, "code"), regions.get(text(r, "gm_code")), false, geometry(r))));
            read(gp, "buurt", r -> areas.add(new Area(text(r, "code"), text(r, "name"), Level.BUURT,
                    text(r, "gm_code"), text(r, "wk_code"), regions.get(text(r, "gm_code")), true, geometry(r))));
        }
        return new Areas(areas);
    }

    private static void read(GeoPackage gp, String table, java.util.function.Consumer<FeatureRow> each) {
        var rs = gp.getFeatureDao(table).queryForAll();
        try {
            while (rs.moveToNext()) {
                each.accept(rs.getRow());
            }
        } finally {
            rs.close();
        }
    }

    private static MultiPolygon geometry(FeatureRow r) {
        return (MultiPolygon) GpkgGeometry.read(r.getGeometry(), Crs.RD_FACTORY);
    }

    private static String text(FeatureRow r, String column) {
        Object v = r.getValue(column);
        return v == null ? null : v.toString();
    }
}
