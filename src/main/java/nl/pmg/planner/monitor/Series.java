package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One area's series of one indicator, in year order. */
record Series(String code, String indicator, List<Point> points) {

    /** Year → value, leaving out broken years. */
    Map<Integer, Double> values() {
        Map<Integer, Double> v = new TreeMap<>();
        for (Point p : points) {
            if (p.value() != null) {
                v.put(p.year(), p.value());
            }
        }
        return v;
    }
}
