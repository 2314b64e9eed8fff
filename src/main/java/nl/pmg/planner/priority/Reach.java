package nl.pmg.planner.priority;

import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Kind;
import org.springframework.stereotype.Component;

/**
 * How many people a priority area reaches: its residents and its young residents (15–25). CBS publishes no ages
 * for buurten, so a buurt's young residents are its residents × its wijk's share aged 15–25, an estimate that says
 * so ({@code basis}). Every figure passes {@link Disclosure} on its way out.
 */
@Component
class Reach {

    /** Residents and young residents of one area; null where unknown or withheld. */
    record Figures(Double residents, Double youngResidents, String youngBasis) {
    }

    static final String WIJK_FIGURE = "wijk figure (residents × share aged 15-25, both CBS)";
    static final String FROM_WIJK_SHARE = "estimate: the buurt's residents × its wijk's share aged 15-25";

    private final Areas areas;
    private final Disclosure disclosure;

    Reach(Areas areas, Disclosure disclosure) {
        this.areas = areas;
        this.disclosure = disclosure;
    }

    Figures of(Area a) {
        Double residents = value("population", a);
        if (a.level() == Level.BUURT) {
            Double share = areas.find(a.wijkCode()).map(w -> value("young_15_25_pct", w)).orElse(null);
            Double young = residents == null || share == null ? null : residents * share / 100;
            return new Figures(residents, young, FROM_WIJK_SHARE);
        }
        return new Figures(residents, value("young_people_15_25", a), WIJK_FIGURE);
    }

    /** A computed value (a score of layer {@code layerId}) as the caller may see it; null when withheld or NaN. */
    Double disclosed(String layerId, Area a, double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return disclosure.figure(a, Kind.OTHER, value, null).value();
    }

    /** A catalogue value of the area as the caller may see it; null when there is none. */
    Double value(String indicatorId, Area a) {
        return disclosure.value(indicatorId, a).value();
    }
}
