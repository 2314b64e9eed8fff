package nl.pmg.planner.scoring;

import java.util.List;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.IndicatorValues;

/**
 * At buurt level, a buurt takes its wijk's figure where it has none of its own: for indicators CBS publishes only
 * down to wijken (the share aged 15–25, low income 2022) and for buurt cells that are blank (income per inhabitant
 * is blank for most buurten in KWB 2024). The wijk's value is the best available description of the buurt's
 * residents; it is marked so that nobody reads it as the buurt's own (flag FROM_PARENT) and never earns a p90 flag.
 * Without it the buurt index would have no youth and almost no socio-economic input (METHOD.md §2.3).
 */
final class BuurtFromWijk {

    private BuurtFromWijk() {
    }

    /**
     * Fills, in place, each buurt value that is missing or withheld with its wijk's value where the wijk has one.
     *
     * @return per buurt whether its value is now its wijk's; {@code null} when the indicator does not exist for wijken
     */
    static boolean[] fill(Indicator ind, List<Area> buurten, double[] values, boolean[] suppressed, Areas areas,
            IndicatorValues indicators) {
        if (!ind.levels().contains(Level.WIJK.id())) {
            return null;
        }
        boolean[] fromWijk = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && !suppressed[i]) {
                continue;
            }
            double wijk = areas.find(buurten.get(i).wijkCode()).map(w -> indicators.value(ind.id(), w).orNaN())
                    .orElse(Double.NaN);
            if (!Double.isNaN(wijk)) {
                values[i] = wijk;
                suppressed[i] = false;
                fromWijk[i] = true;
            }
        }
        return fromWijk;
    }
}
