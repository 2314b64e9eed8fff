package nl.pmg.planner.priority;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.IndexLayer;
import nl.pmg.planner.scoring.Lens;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The second stage: within one gemeente, where to start. The top k wijken and buurten by a lens — by default
 * "where young people live" (the residential framework, eligible areas only: at least 500 residents and 200
 * households) — each with its residents and young residents, and the hot spots of the residential score
 * ({@link HotSpots}). The gemeente is the study region: the question is where to start inside this municipality.
 */
@Component
class PriorityAreas {

    record Result(String gemeente, String name, String lens, String lensLabelNl, String lensLabelEn, String rank,
            String frameworkId, String frameworkVersion, int k, Eligibility eligibility, int permutations, long seed,
            double significance, double neighbourToleranceM, int minNeighbours, LevelResult wijken,
            LevelResult buurten) {
    }

    record Eligibility(int minResidents, int minHouseholds) {
    }

    /**
     * {@code areas} of the level in the gemeente, {@code eligible} of them above the thresholds, {@code scored}
     * with a residential score (eligible and no required domain missing); {@code hotSpotsTested} whether there were
     * enough ranked areas for local Moran's I, {@code tooFewNeighbours} significant areas ruled out for having fewer
     * than 3 ranked neighbours, {@code withoutNeighbours} ranked areas with none; {@code notes} says it in English.
     */
    record LevelResult(int areas, int eligible, int scored, List<PriorityRanking.Ranked> top,
            List<HotSpots.HotSpot> hotSpots, boolean hotSpotsTested, int tooFewNeighbours, int withoutNeighbours,
            List<String> notes) {
    }

    private final Areas areas;
    private final Scores scores;
    private final Reach reach;
    private final EligibilityProperties eligibility;

    PriorityAreas(Areas areas, Scores scores, Reach reach, EligibilityProperties eligibility) {
        this.areas = areas;
        this.scores = scores;
        this.reach = reach;
        this.eligibility = eligibility;
    }

    Result of(String code, PriorityQuery q) {
        Area g = areas.find(code).orElseThrow(() -> NotFound.area(code));
        if (g.level() != Level.GEMEENTE) {
            throw new InvalidParameter("code", code + " is a " + g.level().id() + "; priority areas are per gemeente.");
        }
        Framework f = q.lens() == Lens.RESIDENTIAL ? Scores.residentialFramework() : null;
        return new Result(g.code(), g.name(), q.lens().id(), q.lens().labelNl(), q.lens().labelEn(), q.rank(),
                f == null ? null : f.id(), f == null ? null : f.version(), q.k(),
                new Eligibility(eligibility.minResidents(), eligibility.minHouseholds()), q.permutations(), q.seed(),
                HotSpots.SIGNIFICANCE, Contiguity.DEFAULT_TOLERANCE_M, HotSpots.MIN_NEIGHBOURS,
                level(g, Level.WIJK, q), level(g, Level.BUURT, q));
    }

    private LevelResult level(Area g, Level level, PriorityQuery q) {
        Map<String, AreaScore> byCode = new HashMap<>();
        scores.residential(level).result().areas().forEach(s -> byCode.put(s.code(), s));
        List<Area> within = areas.within(g.code(), level);
        List<Area> scored = within.stream().filter(a -> !Double.isNaN(score(byCode, a))).toList();
        int eligible = (int) within.stream().filter(a -> byCode.containsKey(a.code())
                && !byCode.get(a.code()).qualityFlags().contains(nl.pmg.planner.scoring.QualityFlag.NOT_ELIGIBLE)).count();
        List<PriorityRanking.Row> rows = within.stream().map(a -> row(a, byCode.get(a.code()))).toList();
        List<PriorityRanking.Ranked> top = q.lens() == Lens.RESIDENTIAL
                ? PriorityRanking.residential(rows, q.rank().equals("need_x_reach"), q.k())
                : PriorityRanking.incidents(rows, q.rank().equals("per_km2"), q.k());
        List<String> notes = new ArrayList<>();
        notes.add(Notes.eligibility(level, within.size() - eligible, eligibility));
        if (q.lens() == Lens.INCIDENTS) {
            notes.add(Notes.incidents());
        }
        if (level == Level.BUURT) {
            notes.add(Notes.buurt());
        }
        HotSpots.Found found = new HotSpots.Found(List.of(), 0, 0);
        boolean tested = scored.size() >= HotSpots.MIN_AREAS;
        if (!tested) {
            notes.add(Notes.tooFew(level));
        } else {
            double[] x = scored.stream().mapToDouble(a -> score(byCode, a)).toArray();
            found = HotSpots.find(scored, x, q.permutations(), q.seed(), reach);
            notes.add(Notes.hotSpots(found));
        }
        return new LevelResult(within.size(), eligible, scored.size(), top, found.hotSpots(), tested,
                found.tooFewNeighbours(), found.isolated(), notes);
    }

    /** The area as the caller may see it: a withheld score counts as no score. */
    private PriorityRanking.Row row(Area a, AreaScore s) {
        boolean visible = s != null && reach.disclosed(IndexLayer.RESIDENTIAL, a, s.score()) != null;
        Reach.Figures f = reach.of(a);
        return new PriorityRanking.Row(a, visible ? s : null, f.residents(), f.youngResidents(), f.youngBasis(),
                reach.value(Lens.INCIDENT_INDICATORS.get(0), a), reach.value(Lens.INCIDENT_INDICATORS.get(1), a));
    }

    private static double score(Map<String, AreaScore> byCode, Area a) {
        AreaScore s = byCode.get(a.code());
        return s == null ? Double.NaN : s.score();
    }
}
