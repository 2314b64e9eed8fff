package nl.pmg.planner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Per area the selection probability, the indices from the runs, its weight ranges and its irreplaceability. */
final class SensitivityAreas {

    private SensitivityAreas() {
    }

    static List<SensitivityResult.Area> of(Selector problem, SensitivityInputs inputs, boolean[][] results,
            int n, List<List<SensitivityResult.WeightRange>> ranges, double[] irreplaceability, SplittableRandom rng,
            int bootstrap) {
        int p = inputs.size();
        boolean[] base = problem.base();
        List<String> pool = problem.pool();
        List<SensitivityResult.Area> out = new ArrayList<>();
        for (int a = 0; a < pool.size(); a++) {
            double[] fA = new double[n];
            double[] fB = new double[n];
            double[][] fAB = new double[p][n];
            boolean ever = false;
            for (int j = 0; j < n; j++) {
                fA[j] = value(results[j * (p + 2)], a);
                fB[j] = value(results[j * (p + 2) + 1], a);
                for (int i = 0; i < p; i++) {
                    fAB[i][j] = value(results[j * (p + 2) + 2 + i], a);
                }
                ever |= fA[j] > 0 || fB[j] > 0;
            }
            if (!base[a] && !ever) {
                continue;
            }
            double probability = Saltelli.moments(fA, fB)[0];
            Saltelli.Index[] idx = Saltelli.indices(fA, fB, fAB, bootstrap, rng);
            List<SensitivityResult.InputIndex> indices = new ArrayList<>();
            for (int i = 0; idx != null && i < p; i++) {
                Saltelli.Index x = idx[i];
                indices.add(new SensitivityResult.InputIndex(inputs.inputs().get(i).id(), x.first(), x.firstLow(),
                        x.firstHigh(), x.total(), x.totalLow(), x.totalHigh()));
            }
            out.add(new SensitivityResult.Area(pool.get(a), problem.name(a), base[a], probability,
                    base[a] ? ranges.get(a) : List.of(), indices,
                    irreplaceability == null ? null : irreplaceability[a]));
        }
        out.sort(java.util.Comparator.comparing((SensitivityResult.Area x) -> !x.inBase())
                .thenComparing(x -> -x.probability()).thenComparing(SensitivityResult.Area::code));
        return out;
    }

    static List<String> codes(List<String> pool, boolean[] mask) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                codes.add(pool.get(i));
            }
        }
        return codes;
    }

    private static double value(boolean[] mask, int a) {
        return mask != null && mask[a] ? 1 : 0;
    }
}
