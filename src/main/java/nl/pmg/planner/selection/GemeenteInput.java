package nl.pmg.planner.selection;

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
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.IndicatorColumn;
import nl.pmg.planner.scoring.ScoringInput;
import org.springframework.stereotype.Component;

/**
 * The gemeente matrix for the public {@link nl.pmg.planner.scoring.ScoringEngine}, built once per uncertainty
 * run. It mirrors what the scoring feature feeds its own gemeente runs (values with suppression, counts
 * back from per-inhabitant rates for smoothing, national reference values), so that a Monte Carlo draw
 * costs one gemeente run instead of {@code Scores.score}'s extra buurt run; {@code GemeenteInputTest}
 * checks that both give the same default scores.
 */
@Component
class GemeenteInput {

    private final Areas areas;
    private final IndicatorValues indicators;

    GemeenteInput(Areas areas, IndicatorValues indicators) {
        this.areas = areas;
        this.indicators = indicators;
    }

    ScoringInput build(Framework framework) {
        return build(framework, indicators);
    }

    /** The matrix from other indicator values, e.g. an as-of data set on the same division. */
    ScoringInput build(Framework framework, IndicatorValues indicators) {
        List<Area> list = areas.list(Level.GEMEENTE);
        int n = list.size();
        double[] population = column(indicators, "population", list);
        Map<String, IndicatorColumn> columns = new HashMap<>();
        Map<String, Double> national = new HashMap<>();
        framework.domains().forEach(d -> d.indicators().forEach(fi -> {
            Indicator ind = indicators.find(fi.indicatorId()).orElse(null);
            if (ind == null || !ind.levels().contains(Level.GEMEENTE.id())) {
                return;
            }
            double[] values = new double[n];
            boolean[] suppressed = new boolean[n];
            for (int i = 0; i < n; i++) {
                Value v = indicators.value(ind.id(), list.get(i));
                values[i] = v.orNaN();
                suppressed[i] = v.status() == Status.SUPPRESSED;
            }
            IndicatorColumn c = IndicatorColumn.of(ind.id(), values).withSuppressed(suppressed);
            if ("rate".equals(ind.method().kind()) && List.of("population").equals(ind.method().denominator())) {
                double per = ind.method().per();
                double[] num = new double[n];
                for (int i = 0; i < n; i++) {
                    num[i] = Double.isNaN(values[i]) ? Double.NaN : values[i] * population[i] / per;
                }
                c = c.withRate(num, population.clone(), per);
            }
            columns.put(ind.id(), c);
            national.put(ind.id(), nationalValue(indicators, ind, list, population));
        }));
        return new ScoringInput(Level.GEMEENTE.id(), list.stream().map(Area::code).toList(), columns, population,
                column(indicators, "young_people_15_25", list), null, national);
    }

    /** Population-weighted mean over gemeenten, as the scoring feature defines the national reference. */
    private static double nationalValue(IndicatorValues indicators, Indicator ind, List<Area> list,
            double[] population) {
        double weighted = 0;
        double weight = 0;
        for (int i = 0; i < list.size(); i++) {
            double v = indicators.value(ind.id(), list.get(i)).orNaN();
            if (!Double.isNaN(v) && !Double.isNaN(population[i])) {
                weighted += v * population[i];
                weight += population[i];
            }
        }
        return weight > 0 ? weighted / weight : Double.NaN;
    }

    private static double[] column(IndicatorValues indicators, String indicatorId, List<Area> list) {
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = indicators.value(indicatorId, list.get(i)).orNaN();
        }
        return v;
    }
}
