package nl.pmg.planner.features;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Generalises one level's areas as a polygonal coverage, once per {@link ZoomBand}, with JTS's
 * {@link CoverageSimplifier}: an edge two areas share is simplified once, so neighbours keep one
 * common border and no gap or sliver opens between them. Input and output are RD New; every area
 * keeps a non-empty geometry (an area smaller than the tolerance that would vanish is simplified on
 * its own at a quarter of the tolerance instead, so it stays drawable and small).
 */
public final class CoverageGeneraliser {

    private CoverageGeneraliser() {
    }

    /** Code → geometry per band, in input order; areas without a boundary are left out. Bands run in parallel. */
    public static Map<ZoomBand, Map<String, MultiPolygon>> generalise(Map<String, ? extends Geometry> areas) {
        Map<ZoomBand, Map<String, MultiPolygon>> out = new EnumMap<>(ZoomBand.class);
        java.util.Arrays.stream(ZoomBand.values()).parallel()
                .map(band -> Map.entry(band, simplify(areas, band.toleranceM())))
                .toList().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One band: the coverage simplified with a tolerance in metres. */
    public static Map<String, MultiPolygon> simplify(Map<String, ? extends Geometry> areas, double toleranceM) {
        List<String> codes = areas.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        Geometry[] input = codes.stream().map(areas::get).toArray(Geometry[]::new);
        Geometry[] simplified = CoverageSimplifier.simplify(input, toleranceM);
        Map<String, MultiPolygon> out = new LinkedHashMap<>();
        for (int i = 0; i < input.length; i++) {
            Geometry g = simplified[i];
            if (g == null || g.isEmpty() || g.getArea() == 0) {
                g = TopologyPreservingSimplifier.simplify(input[i], toleranceM / 4);
            }
            if (g.isEmpty()) {
                g = input[i];
            }
            out.put(codes.get(i), multi(g, input[i].getFactory()));
        }
        return out;
    }

    static MultiPolygon multi(Geometry g, GeometryFactory f) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        if (g instanceof Polygon p) {
            return f.createMultiPolygon(new Polygon[] {p});
        }
        Polygon[] parts = new Polygon[g.getNumGeometries()];
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts[n++] = p;
            }
        }
        return f.createMultiPolygon(java.util.Arrays.copyOf(parts, n));
    }
}
