package nl.pmg.planner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.print.SvgMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The report's national map: every gemeente filled by its score's quintile among the scored ones, those
 * already in the programme in a neutral colour, the selected ones with a heavy outline.
 */
@Component
class ReportMap {

    /** Light to dark: quintiles of the risk index. */
    static final String[] CLASSES = {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"};
    static final String LOCKED = "#7b8fb5";

    /**
     * Metres: about half a pixel of the A4 map (300 km over 680 px), so simplifying changes nothing one can see
     * but keeps the PDF small and quick to draw; the coverage simplifier keeps shared borders shared.
     */
    static final double TOLERANCE_M = 200;

    private final Areas areas;
    private volatile Map<String, Geometry> simplified;

    ReportMap(Areas areas) {
        this.areas = areas;
    }

    /** The gemeente boundaries simplified once as a coverage, by code. */
    private Map<String, Geometry> simplified() {
        Map<String, Geometry> s = simplified;
        if (s == null) {
            List<Area> list = areas.list(Level.GEMEENTE).stream().filter(g -> g.geometryRd() != null).toList();
            Geometry[] coverage = list.stream().map(Area::geometryRd).toArray(Geometry[]::new);
            Geometry[] result = CoverageSimplifier.simplify(coverage, TOLERANCE_M);
            Map<String, Geometry> byCode = new HashMap<>();
            for (int i = 0; i < result.length; i++) {
                byCode.put(list.get(i).code(), result[i]);
            }
            simplified = s = byCode;
        }
        return s;
    }

    String svg(MethodologyReport r, int width, int height, String label) {
        double[] sorted = r.scores().values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sorted().toArray();
        double[] breaks = new double[4];
        for (int i = 0; i < 4; i++) {
            breaks[i] = sorted.length == 0 ? 0 : sorted[(int) Math.floor((i + 1) * sorted.length / 5.0)];
        }
        Set<String> selected = Set.copyOf(r.selected().stream().map(MethodologyReport.Card::code).toList());
        Set<String> locked = Set.copyOf(r.lockedIn().stream().map(MethodologyReport.Named::code).toList());
        List<SvgMap.Shape> shapes = new ArrayList<>();
        Envelope extent = new Envelope();
        Map<String, Geometry> geometry = simplified();
        for (Area g : areas.list(Level.GEMEENTE)) {
            if (g.geometryRd() == null) {
                continue;
            }
            extent.expandToInclude(g.geometryRd().getEnvelopeInternal());
            Double score = r.scores().get(g.code());
            String fill = locked.contains(g.code()) ? LOCKED : score == null ? null : CLASSES[classOf(score, breaks)];
            shapes.add(new SvgMap.Shape(g.code(), geometry.get(g.code()), fill, selected.contains(g.code())));
        }
        return SvgMap.svg(shapes, extent, width, height, label);
    }

    static int classOf(double score, double[] breaks) {
        int c = 0;
        while (c < breaks.length && score >= breaks[c]) {
            c++;
        }
        return Math.min(c, CLASSES.length - 1);
    }

    static String[] legendColours() {
        return Arrays.copyOf(CLASSES, CLASSES.length);
    }
}
