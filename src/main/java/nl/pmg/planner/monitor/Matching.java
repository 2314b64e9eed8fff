package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nearest-neighbour matching on standardised variables: each variable becomes a z-score over all
 * candidate areas given (so a variable in inhabitants does not swamp one in index points), and the
 * distance is Euclidean over the variables. Areas in {@code excluded} (the programme municipalities
 * and the target itself) are never picked.
 */
final class Matching {

    static final List<String> VARIABLES = List.of("population", "urbanity", "baseline_index", "baseline_crime");

    /** A comparison municipality and its distance to the target in standard deviations. */
    record Match(String code, double distance) {
    }

    private Matching() {
    }

    /**
     * @param features code → variable values, every array in the same order; areas lacking a variable
     *                 are left out by the caller
     */
    static List<Match> nearest(String target, Map<String, double[]> features, Set<String> excluded, int k) {
        double[] mean = new double[features.get(target).length];
        double[] sd = new double[mean.length];
        for (double[] f : features.values()) {
            for (int i = 0; i < f.length; i++) {
                mean[i] += f[i] / features.size();
            }
        }
        for (double[] f : features.values()) {
            for (int i = 0; i < f.length; i++) {
                sd[i] += (f[i] - mean[i]) * (f[i] - mean[i]) / features.size();
            }
        }
        for (int i = 0; i < sd.length; i++) {
            sd[i] = sd[i] > 0 ? Math.sqrt(sd[i]) : 1;
        }
        double[] t = features.get(target);
        List<Match> all = new ArrayList<>();
        for (var e : features.entrySet()) {
            if (e.getKey().equals(target) || excluded.contains(e.getKey())) {
                continue;
            }
            double d = 0;
            for (int i = 0; i < t.length; i++) {
                double z = (e.getValue()[i] - t[i]) / sd[i];
                d += z * z;
            }
            all.add(new Match(e.getKey(), Math.sqrt(d)));
        }
        all.sort(Comparator.comparingDouble(Match::distance).thenComparing(Match::code));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
