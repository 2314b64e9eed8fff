package nl.pmg.planner.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Queen contiguity with a tolerance: two areas are neighbours when their boundaries come within
 * {@code toleranceM} metres (RD New) of each other — a shared edge or a shared corner. Plain "touches" is
 * not enough here: the buurt boundaries are an approximate reconstruction with gaps and slivers of 20–70 m
 * between neighbours, so a strict test would leave most buurten isolated. 30 m closes the typical gap
 * while staying well below the width of a buurt, so areas across a street still count and areas two
 * blocks apart do not; it may link an occasional pair that meet only across a wide gap.
 */
final class Contiguity {

    static final double DEFAULT_TOLERANCE_M = 30;

    private Contiguity() {
    }

    /** Neighbour indices per geometry, sorted; a null geometry has none. */
    static int[][] queen(List<? extends Geometry> geometries, double toleranceM) {
        STRtree tree = new STRtree();
        for (int i = 0; i < geometries.size(); i++) {
            Geometry g = geometries.get(i);
            if (g != null) {
                tree.insert(g.getEnvelopeInternal(), i);
            }
        }
        List<TreeSet<Integer>> sets = new ArrayList<>();
        geometries.forEach(g -> sets.add(new TreeSet<>()));
        for (int i = 0; i < geometries.size(); i++) {
            Geometry g = geometries.get(i);
            if (g == null) {
                continue;
            }
            Envelope search = new Envelope(g.getEnvelopeInternal());
            search.expandBy(toleranceM);
            for (Object o : tree.query(search)) {
                int j = (Integer) o;
                if (j > i && g.isWithinDistance(geometries.get(j), toleranceM)) {
                    sets.get(i).add(j);
                    sets.get(j).add(i);
                }
            }
        }
        int[][] out = new int[sets.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
