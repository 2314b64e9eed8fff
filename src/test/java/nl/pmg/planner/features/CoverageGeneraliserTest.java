package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;

/** WKT in, WKT out: the coverage keeps shared borders shared, so no gap or overlap opens. */
class CoverageGeneraliserTest {

    private static final WKTReader WKT = new WKTReader();

    private static Map<String, MultiPolygon> check(double tolerance, String... codeAndWkt) throws Exception {
        Map<String, Geometry> in = new LinkedHashMap<>();
        for (int i = 0; i < codeAndWkt.length; i += 2) {
            in.put(codeAndWkt[i], WKT.read(codeAndWkt[i + 1]));
        }
        return CoverageGeneraliser.simplify(in, tolerance);
    }

    private static Geometry wkt(String text) throws Exception {
        return WKT.read(text);
    }

    @Test
    void simplifiesASharedBorderOnceForBothNeighbours() throws Exception {
        // two squares sharing a border x = 10 with a 0.5 m kink at (10.5, 5). Visvalingam–Whyatt with a 2 m
        // tolerance drops vertices whose triangle is under 2² = 4 m²: the kink's is 10 × 0.5 / 2 = 2.5 m²;
        // the corners (0 0, 0 10: 50 m²) stay, and 10 0 / 10 10 are nodes shared by both, which never move
        var out = check(2.0,
                "A", "POLYGON ((0 0, 10 0, 10.5 5, 10 10, 0 10, 0 0))",
                "B", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10.5 5, 10 0))");
        // the kink is gone from both, identically: a straight shared border
        assertThat(out.get("A").norm()).isEqualTo(wkt("MULTIPOLYGON (((0 0, 0 10, 10 10, 10 0, 0 0)))").norm());
        assertThat(out.get("B").norm()).isEqualTo(wkt("MULTIPOLYGON (((10 0, 10 10, 20 10, 20 0, 10 0)))").norm());
        // no gap, no overlap: the union is the whole rectangle and the areas add up
        assertThat(out.get("A").union(out.get("B")).getArea()).isEqualTo(200.0);
        assertThat(out.get("A").intersection(out.get("B")).getArea()).isZero();
    }

    @Test
    void keepsAnAreaSmallerThanTheToleranceDrawable() throws Exception {
        // a 2 × 2 m island with a 100 m tolerance would collapse; it stays, simplified on its own
        var out = check(100.0, "ISLAND", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
        assertThat(out.get("ISLAND").isEmpty()).isFalse();
        assertThat(out.get("ISLAND").getArea()).isEqualTo(4.0);
    }

    @Test
    void leavesAreasWithoutABoundaryOut() throws Exception {
        Map<String, Geometry> in = new LinkedHashMap<>();
        in.put("A", wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        in.put("NONE", null);
        assertThat(CoverageGeneraliser.simplify(in, 1.0)).containsOnlyKeys("A");
    }
}
