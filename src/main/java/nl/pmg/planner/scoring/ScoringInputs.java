package nl.pmg.planner.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import org.springframework.stereotype.Component;

/**
 * Turns the indicator catalogue into the engine's matrix for one level: values (NaN where missing,
 * with suppression marked), counts for empirical-Bayes smoothing of per-inhabitant rates, the parent
 * area's value for IMPUTE_PARENT, population, young people and national reference values.
 */
@Component
class ScoringInputs {

    private final Areas areas;
    private final IndicatorValues indicators;

    private final int minPopulation;
    private final Map<String, ScoringInput> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Level, boolean[]> small = new java.util.concurrent.ConcurrentHashMap<>();

    ScoringInputs(Areas areas, IndicatorValues indicators, ScoringProperties properties) {
        this.areas = areas;
        this.indicators = indicators;
        this.minPopulation = properties.minPopulation();
    }

    /**
     * Areas whose known population is below the minimum: not scored (all their values left out). Shipped
     * population never changes while the service runs, so this is worked out once per level; read only.
     */
    boolean[] tooSmall(Level level) {
        return small.computeIfAbsent(level, this::smallAreas);
    }

    /** How many areas of the level {@link #tooSmall} leaves out. */
    int tooSmallCount(Level level) {
        int n = 0;
        for (boolean b : tooSmall(level)) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private boolean[] smallAreas(Level level) {
        List<Area> list = areas.list(level);
        double[] population = column("population", list);
        boolean[] small = new boolean[list.size()];
        for (int i = 0; i < small.length; i++) {
            small[i] = level != Level.GEMEENTE && population[i] < minPopulation;
        }
        return small;
    }

    int minPopulation() {
        return minPopulation;
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
        boolean[] small = tooSmall(level);
        Map<String, IndicatorColumn> columns = new HashMap<>();
        Map<String, Double> national = new HashMap<>();
        for (String id : indicatorIds) {
            Indicator ind = indicators.find(id).orElse(null);
            if (ind == null || !ind.levels().contains(level.id()) || columns.containsKey(id)) {
                continue;
            }
            columns.put(id, column(ind, level, list, population, small));
            national.put(id, nationalValue(ind));
        }
        return new ScoringInput(level.id(), codes, columns, population, youngPeople(level, list, population),
                approximate(list), national);
    }

    private IndicatorColumn column(Indicator ind, Level level, List<Area> list, double[] population, boolean[] small) {
        int n = list.size();
        double[] values = new double[n];
        boolean[] suppressed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Value v = indicators.value(ind.id(), list.get(i));
            values[i] = small[i] ? Double.NaN : v.orNaN();
            suppressed[i] = v.status() == Status.SUPPRESSED;
        }
        IndicatorColumn c = IndicatorColumn.of(ind.id(), values).withSuppressed(suppressed);
        if (perInhabitantRate(ind)) {
            // counts back from the rate: numerator = rate × inhabitants / per
            double per = ind.method().per();
            double[] num = new double[n];
            for (int i = 0; i < n; i++) {
                num[i] = Double.isNaN(values[i]) ? Double.NaN : values[i] * population[i] / per;
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
