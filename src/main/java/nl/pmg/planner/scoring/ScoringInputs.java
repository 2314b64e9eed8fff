package nl.pmg.planner.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import org.springframework.stereotype.Component;

/**
 * Turns the indicator catalogue into the engine's matrix for one level: values (NaN where missing,
 * with suppression marked), counts for empirical-Bayes smoothing of per-inhabitant rates, the parent
 * area's value for IMPUTE_PARENT, population, young people, national reference values, which areas are
 * eligible ({@link EligibilityProperties}; every gemeente) and the gemeente of each wijk and buurt as its
 * smoothing group. At buurt level a buurt takes its wijk's figure where it has none of its own
 * ({@link BuurtFromWijk}), marked as such.
 */
@Component
class ScoringInputs {

    private final Areas areas;
    private final IndicatorValues indicators;
    private final EligibilityProperties eligibility;
    private final Map<String, ScoringInput> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Level, boolean[]> eligibleByLevel = new java.util.concurrent.ConcurrentHashMap<>();

    ScoringInputs(Areas areas, IndicatorValues indicators, EligibilityProperties eligibility) {
        this.areas = areas;
        this.indicators = indicators;
        this.eligibility = eligibility;
    }

    /**
     * Per area of the level whether it may be ranked: every gemeente; a wijk or buurt above both thresholds.
     * Shipped population never changes while the service runs, so this is worked out once per level; read only.
     */
    boolean[] eligible(Level level) {
        return eligibleByLevel.computeIfAbsent(level, this::eligibleAreas);
    }

    private boolean[] eligibleAreas(Level level) {
        List<Area> list = areas.list(level);
        double[] population = column("population", list);
        double[] households = column("households", list);
        boolean[] eligible = new boolean[list.size()];
        for (int i = 0; i < eligible.length; i++) {
            eligible[i] = level == Level.GEMEENTE || eligibility.eligible(population[i], households[i]);
        }
        return eligible;
    }

    EligibilityProperties eligibility() {
        return eligibility;
    }

    /**
     * The matrix for a level and a set of indicators. Kept per level and indicator set when every
     * indicator is shipped (their values never change while the service runs), since building the
     * matrix costs more than scoring it. The cache is bounded; an evicted entry is simply rebuilt.
     */
    ScoringInput build(Level level, List<String> indicatorIds) {
        if (!indicatorIds.stream().allMatch(indicators::isShipped)) {
            return assemble(level, indicatorIds); // an imported indicator may be re-imported at any time
        }
        String key = level.id() + '|' + String.join(",", new java.util.TreeSet<>(indicatorIds));
        ScoringInput cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= 64) {
            cache.clear();
        }
        ScoringInput built = assemble(level, indicatorIds);
        cache.put(key, built);
        return built;
    }

    private ScoringInput assemble(Level level, List<String> indicatorIds) {
        List<Area> list = areas.list(level);
        List<String> codes = list.stream().map(Area::code).toList();
        double[] population = column("population", list);
        Map<String, IndicatorColumn> columns = new HashMap<>();
        Map<String, Double> national = new HashMap<>();
        for (String id : indicatorIds) {
            Indicator ind = indicators.find(id).orElse(null);
            boolean fromWijk = ind != null && level == Level.BUURT && ind.levels().contains(Level.WIJK.id());
            if (ind == null || !(ind.levels().contains(level.id()) || fromWijk) || columns.containsKey(id)) {
                continue;
            }
            columns.put(id, column(ind, level, list, population));
            national.put(id, nationalValue(ind));
        }
        List<String> groups = level == Level.GEMEENTE ? null : list.stream().map(Area::gemeenteCode).toList();
        return new ScoringInput(level.id(), codes, columns, population, youngPeople(level, list, population),
                approximate(list), national, eligible(level), groups);
    }

    private IndicatorColumn column(Indicator ind, Level level, List<Area> list, double[] population) {
        int n = list.size();
        double[] values = new double[n];
        boolean[] suppressed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Value v = indicators.value(ind.id(), list.get(i));
            values[i] = v.orNaN();
            suppressed[i] = v.status() == Status.SUPPRESSED;
        }
        boolean[] fromWijk = level == Level.BUURT ? BuurtFromWijk.fill(ind, list, values, suppressed, areas, indicators) : null;
        IndicatorColumn c = IndicatorColumn.of(ind.id(), values).withSuppressed(suppressed).withFromParent(fromWijk);
        if (perInhabitantRate(ind)) {
            // counts back from the rate: numerator = rate × inhabitants / per; a wijk's rate on a buurt has no
            // count of the buurt's own, so it is not smoothed
            double per = ind.method().per();
            double[] num = new double[n];
            for (int i = 0; i < n; i++) {
                num[i] = Double.isNaN(values[i]) || PreparedIndicator.at(fromWijk, i) ? Double.NaN
                        : values[i] * population[i] / per;
            }
            c = c.withRate(num, population.clone(), per);
        }
        Level parent = level == Level.BUURT ? Level.WIJK : level == Level.WIJK ? Level.GEMEENTE : null;
        if (parent != null && ind.levels().contains(parent.id())) {
            double[] parentValues = new double[n];
            for (int i = 0; i < n; i++) {
                parentValues[i] = areas.find(list.get(i).parentCode())
                        .map(p -> indicators.value(ind.id(), p).orNaN()).orElse(Double.NaN);
            }
            c = c.withParentValues(parentValues);
        }
        return c;
    }

    static boolean perInhabitantRate(Indicator ind) {
        return "rate".equals(ind.method().kind()) && List.of("population").equals(ind.method().denominator());
    }

    /**
     * Inhabitants aged 15–25. Buurten have no age figures in KWB 2024, so there it is estimated as the
     * buurt's inhabitants times its wijk's share aged 15–25 (an estimate, documented in METHOD.md).
     */
    private double[] youngPeople(Level level, List<Area> list, double[] population) {
        if (level != Level.BUURT) {
            return column("young_people_15_25", list);
        }
        double[] young = new double[list.size()];
        for (int i = 0; i < young.length; i++) {
            double share = areas.find(list.get(i).wijkCode())
                    .map(w -> indicators.value("young_15_25_pct", w).orNaN()).orElse(Double.NaN);
            young[i] = population[i] * share / 100;
        }
        return young;
    }

    /** The national value: ratio of national sums for per-inhabitant rates, else the population-weighted mean of gemeenten. */
    private double nationalValue(Indicator ind) {
        double weighted = 0;
        double weight = 0;
        for (Area g : areas.list(Level.GEMEENTE)) {
            double v = indicators.value(ind.id(), g).orNaN();
            double pop = indicators.value("population", g).orNaN();
            if (!Double.isNaN(v) && !Double.isNaN(pop)) {
                weighted += v * pop;
                weight += pop;
            }
        }
        return weight > 0 ? weighted / weight : Double.NaN;
    }

    private double[] column(String indicatorId, List<Area> list) {
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = indicators.value(indicatorId, list.get(i)).orNaN();
        }
        return v;
    }

    private static boolean[] approximate(List<Area> list) {
        boolean[] b = new boolean[list.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = list.get(i).approximateBoundary();
        }
        return b;
    }
}
