package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.programme.FocusArea;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * The NPLV focus areas in the monitor: for the few whose name maps to exactly one wijk, that wijk's
 * registered crime per 1,000 against its gemeente's, both indexed to the gemeente's start year = 100.
 * A focus area without such a mapping gets no series: a guessed set of wijken would look like data.
 */
@Component
class FocusAreaSeries {

    static final String UNMAPPED = "no unambiguous wijk mapping — series not shown";
    static final String DENOMINATOR = "wijk rates use the population of 1 Jan 2024 for every year"
            + " (no yearly population below gemeente level)";

    /** One year: the wijk's crimes and rate, the gemeente's rate, and both indices (null before the start year). */
    record Year(int year, Double wijkCrimes, Double wijkPopulation2024, Double wijkPerThousand,
            Double gemeentePerThousand, Double wijkIndex, Double gemeenteIndex) {
    }

    record Entry(String name, String gemeenteCode, String gemeenteName, int nplvSince, String mapping,
            String wijkCode, String wijkName, Integer startYear, String note, List<Year> years) {
    }

    private final Programme programme;
    private final MonitorSeries series;
    private final Areas areas;

    FocusAreaSeries(Programme programme, MonitorSeries series, Areas areas) {
        this.programme = programme;
        this.series = series;
        this.areas = areas;
    }

    List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (FocusArea f : programme.focusAreas()) {
            int start = programme.member(f.gemeenteCode()).map(Member::startYear).orElse(f.nplvSince());
            if (f.wijkCodes().size() != 1) {
                out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), "none", null, null,
                        null, UNMAPPED, List.of()));
                continue;
            }
            String wijk = f.wijkCodes().get(0);
            List<Point> wijkPoints = series.find(wijk, "crime_total").map(Series::points).orElse(List.of());
            Map<Integer, Double> gemeente = series.find(f.gemeenteCode(), "crime_total").map(Series::values)
                    .orElse(Map.of());
            out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), f.mapping(), wijk,
                    areas.find(wijk).map(Area::name).orElse(wijk), start, DENOMINATOR,
                    years(wijkPoints, gemeente, start)));
        }
        return out;
    }

    /** Joins the wijk's points with the gemeente's values; each indexed to its own value in {@code start}. */
    static List<Year> years(List<Point> wijk, Map<Integer, Double> gemeente, int start) {
        Map<Integer, Double> wijkValues = new Series("", "", wijk).values();
        Map<Integer, Double> wijkIndex = ChangeFigures.index(wijkValues, start);
        Map<Integer, Double> gemeenteIndex = ChangeFigures.index(gemeente, start);
        List<Year> years = new ArrayList<>();
        for (Point p : wijk) {
            years.add(new Year(p.year(), p.numerator(), p.denominator(), p.value(), gemeente.get(p.year()),
                    wijkIndex.get(p.year()), gemeenteIndex.get(p.year())));
        }
        return years;
    }
}
