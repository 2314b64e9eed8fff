package nl.pmg.planner.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Concentration;
import nl.pmg.planner.scoring.ScoringResult;
import org.springframework.stereotype.Component;

/** Turns a gemeente scoring run and the indicator catalogue into the optimiser's candidates. */
@Component
class Candidates {

    private final Areas areas;
    private final IndicatorValues indicators;
    private final CapRegions regions;

    Candidates(Areas areas, IndicatorValues indicators, CapRegions regions) {
        this.areas = areas;
        this.indicators = indicators;
        this.regions = regions;
    }

    /** Every gemeente, in division order, with its score from {@code result} and its cost. */
    List<Candidate> all(ScoringResult result, Map<String, Concentration> concentration, CostRule cost) {
        return all(result, concentration, cost, indicators);
    }

    /** As {@link #all(ScoringResult, Map, CostRule)}, with headcounts, urbanity and trend from {@code values}. */
    List<Candidate> all(ScoringResult result, Map<String, Concentration> concentration, CostRule cost,
            IndicatorValues values) {
        Map<String, AreaScore> scores = new java.util.HashMap<>();
        result.areas().forEach(s -> scores.put(s.code(), s));
        List<Candidate> out = new ArrayList<>();
        for (Area g : areas.list(Level.GEMEENTE)) {
            AreaScore s = scores.get(g.code());
            Concentration c = concentration.get(g.code());
            double young = value(values, "young_people_15_25", g);
            double urbanity = value(values, "urbanity_class", g);
            var r = g.regions();
            out.add(new Candidate(g.code(), g.name(), r == null ? null : r.provinceCode(),
                    r == null ? null : r.policeUnitCode(), r == null ? null : r.riecName(),
                    s == null ? Double.NaN : s.score(), young, value(values, "population", g),
                    Double.isNaN(urbanity) ? 0 : (int) Math.round(urbanity), value(values, "crime_trend_2021_2025", g),
                    c == null ? 0 : c.topChildAreas(), cost.of(young)));
        }
        return out;
    }

    /** Region code → name for messages: provinces and police units by code, RIECs by their name. */
    Map<String, String> regionNames() {
        return regions.names();
    }

    private static double value(IndicatorValues values, String indicatorId, Area g) {
        return values.value(indicatorId, g).orNaN();
    }

    /**
     * Cost of joining: fixed + per young resident × young people, rounded to whole euros; an unknown
     * number of young people costs the fixed amount only, since the model must not guess a headcount.
     */
    record CostRule(double fixedEur, double perYoungResidentEur) {

        long of(double youngPeople) {
            return Math.round(fixedEur + (Double.isNaN(youngPeople) ? 0 : perYoungResidentEur * youngPeople));
        }
    }
}
