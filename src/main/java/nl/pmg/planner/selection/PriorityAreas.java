package nl.pmg.planner.selection;

import nl.pmg.planner.shared.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The second stage: within one gemeente, its priority wijken and buurten — the top k by the default
 * index, and the hot spots: local Moran's I High-High clusters at p ≤ 0.05, computed among the
 * gemeente's own scored areas (the question is where to start inside this municipality, so the
 * municipality is the study region) with neighbours from {@link Contiguity}.
 */
@Component
class PriorityAreas {

    static final double SIGNIFICANCE = 0.05;

    /** Top areas and hot spots of one gemeente, per level. */
    record Result(String gemeente, String name, int k, int permutations, long seed, double significance,
            double neighbourToleranceM, LevelResult wijken, LevelResult buurten) {
    }

    record LevelResult(int areas, int scored, List<Ranked> top, List<HotSpot> hotSpots, List<String> notes) {
    }

    record Ranked(String code, String name, int rankInGemeente, int nationalRank, double score, List<String> p90Flags) {
    }

    record HotSpot(String code, String name, double score, double localI, double pValue, int neighbours) {
    }

    private final Areas areas;
    private final Scores scores;

    PriorityAreas(Areas areas, Scores scores) {
        this.areas = areas;
        this.scores = scores;
    }

    Result of(String code, int k, int permutations, long seed) {
        Area g = areas.find(code).orElseThrow(() -> NotFound.area(code));
        if (g.level() != Level.GEMEENTE) {
            throw new InvalidParameter("code", code + " is a " + g.level().id() + "; priority areas are per gemeente.");
        }
        if (k < 1 || k > 100) {
            throw new InvalidParameter("k", "k must be between 1 and 100.");
        }
        if (permutations < 99 || permutations > 9999) {
            throw new InvalidParameter("permutations", "permutations must be between 99 and 9999.");
        }
        return new Result(g.code(), g.name(), k, permutations, seed, SIGNIFICANCE, Contiguity.DEFAULT_TOLERANCE_M,
                level(g, Level.WIJK, k, permutations, seed), level(g, Level.BUURT, k, permutations, seed));
    }

    private LevelResult level(Area g, Level level, int k, int permutations, long seed) {
        Map<String, AreaScore> byCode = new HashMap<>();
        scores.defaults(level).result().areas().forEach(s -> byCode.put(s.code(), s));
        List<Area> within = areas.within(g.code(), level);
        List<Area> scored = within.stream().filter(a -> !Double.isNaN(score(byCode, a))).toList();
        List<Area> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble((Area a) -> -score(byCode, a)).thenComparing(Area::code));
        List<Ranked> top = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            AreaScore s = byCode.get(ranked.get(i).code());
            top.add(new Ranked(s.code(), ranked.get(i).name(), i + 1, s.rank(), s.score(), s.p90Flags()));
        }
        List<String> notes = new ArrayList<>();
        if (level == Level.BUURT) {
            notes.add(Texts.text("priority.approximate", "metres", (int) Contiguity.DEFAULT_TOLERANCE_M));
        }
        List<HotSpot> hot = new ArrayList<>();
        if (scored.size() < 5) {
            notes.add(Texts.text("priority.too-few", "level", Texts.text("level." + level.collection())));
        } else {
            int[][] nb = Contiguity.queen(scored.stream().map(Area::geometryRd).toList(), Contiguity.DEFAULT_TOLERANCE_M);
            double[] x = scored.stream().mapToDouble(a -> score(byCode, a)).toArray();
            LocalMoran.Result lisa = LocalMoran.compute(x, nb, permutations, seed);
            for (int i = 0; i < x.length; i++) {
                if (lisa.highHigh(i, SIGNIFICANCE)) {
                    Area a = scored.get(i);
                    hot.add(new HotSpot(a.code(), a.name(), x[i], lisa.localI()[i], lisa.pValue()[i], nb[i].length));
                }
            }
            hot.sort(Comparator.comparingDouble(HotSpot::pValue).thenComparing(h -> -h.localI()));
        }
        return new LevelResult(within.size(), scored.size(), top, hot, notes);
    }

    private static double score(Map<String, AreaScore> byCode, Area a) {
        AreaScore s = byCode.get(a.code());
        return s == null ? Double.NaN : s.score();
    }
}
