package nl.pmg.planner.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.pmg.planner.area.Area;

/**
 * Local Moran's I High-High clusters of the residential score among one gemeente's ranked areas, at p ≤ 0.05,
 * with neighbours from {@link Contiguity}. The residential score, not the default index: a cluster of high crime
 * per resident is a city centre, a cluster of deprived residents is where to start. An area with fewer than
 * {@link #MIN_NEIGHBOURS} ranked neighbours cannot be a hot spot: with one or two neighbours the local statistic
 * is a comparison with a single other area, not a cluster.
 */
final class HotSpots {

    static final double SIGNIFICANCE = 0.05;
    static final int MIN_NEIGHBOURS = 3;
    static final int MIN_AREAS = 5;

    /** A hot spot with its reach. */
    record HotSpot(String code, String name, double score, double localI, double pValue, int neighbours,
            Double residents, Double youngResidents) {
    }

    /** The hot spots, and how many otherwise significant High-High areas were ruled out for too few neighbours. */
    record Found(List<HotSpot> hotSpots, int tooFewNeighbours, int isolated) {
    }

    private HotSpots() {
    }

    /**
     * @param ranked the gemeente's ranked areas (score not NaN), in any order
     * @param scores their residential scores, aligned with {@code ranked}
     */
    static Found find(List<Area> ranked, double[] scores, int permutations, long seed, Reach reach) {
        int[][] nb = Contiguity.queen(ranked.stream().map(Area::geometryRd).toList(), Contiguity.DEFAULT_TOLERANCE_M);
        LocalMoran.Result lisa = LocalMoran.compute(scores, nb, permutations, seed);
        List<HotSpot> hot = new ArrayList<>();
        int tooFew = 0;
        int isolated = 0;
        for (int i = 0; i < scores.length; i++) {
            isolated += nb[i].length == 0 ? 1 : 0;
            if (!lisa.highHigh(i, SIGNIFICANCE)) {
                continue;
            }
            if (nb[i].length < MIN_NEIGHBOURS) {
                tooFew++;
                continue;
            }
            Area a = ranked.get(i);
            Reach.Figures f = reach.of(a);
            hot.add(new HotSpot(a.code(), a.name(), scores[i], lisa.localI()[i], lisa.pValue()[i], nb[i].length,
                    f.residents(), f.youngResidents()));
        }
        hot.sort(Comparator.comparingDouble(HotSpot::pValue).thenComparing(h -> -h.localI()));
        return new Found(hot, tooFew, isolated);
    }
}
