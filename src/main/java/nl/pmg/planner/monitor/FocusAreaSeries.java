package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Kind;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.programme.FocusArea;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import org.springframework.stereotype.Component;
import tools.jackson.databind.annotation.JsonSerialize;

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

    /**
     * One year: the wijk's crimes and rate, the gemeente's rate, and both indices (null before the start
     * year). Wijk figures are shown only to callers with detail rights for the gemeente ({@code wijkStatus}).
     */
    record Year(int year, @JsonSerialize(using = Published.NumberOnly.class) Published wijkCrimes,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkPopulation2024,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkPerThousand,
            @JsonSerialize(using = Published.NumberOnly.class) Published gemeentePerThousand,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkIndex,
            @JsonSerialize(using = Published.NumberOnly.class) Published gemeenteIndex) {
    }

    /** {@code wijkStatus}: {@code shown}, or {@code suppressed} when the caller may not see the wijk's figures. */
    record Entry(String name, String gemeenteCode, String gemeenteName, int nplvSince, String mapping,
            String wijkCode, String wijkName, Integer startYear, String note, String wijkStatus, List<Year> years) {
    }

    private final Programme programme;
    private final MonitorSeries series;
    private final Areas areas;
    private final Disclosure disclosure;

    FocusAreaSeries(Programme programme, MonitorSeries series, Areas areas, Disclosure disclosure) {
        this.programme = programme;
        this.series = series;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (FocusArea f : programme.focusAreas()) {
            int start = programme.member(f.gemeenteCode()).map(Member::startYear).orElse(f.nplvSince());
            if (f.wijkCodes().size() != 1) {
                out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), "none", null, null,
                        null, UNMAPPED, null, List.of()));
                continue;
            }
            String wijk = f.wijkCodes().get(0);
            List<Point> wijkPoints = series.find(wijk, "crime_total").map(Series::points).orElse(List.of());
            Map<Integer, Double> gemeente = series.find(f.gemeenteCode(), "crime_total").map(Series::values)
                    .orElse(Map.of());
            String shown = disclosure.detailFor(f.gemeenteCode()) ? "shown" : "suppressed";
            out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), f.mapping(), wijk,
                    areas.find(wijk).map(Area::name).orElse(wijk), start, DENOMINATOR, shown,
                    years(wijkPoints, gemeente, start).stream().map(y -> publish(y, wijk, f.gemeenteCode())).toList()));
        }
        return out;
    }

    /** One year's figures as the caller may see them: the wijk's as wijk figures, the gemeente's as its own. */
    private Year publish(Raw y, String wijk, String gemeente) {
        return new Year(y.year(), disclosure.figure(wijk, Kind.OTHER, y.wijkCrimes(), null),
                disclosure.figure(wijk, Kind.PERSONS, y.wijkPopulation2024(), null),
                disclosure.figure(wijk, Kind.RATE, y.wijkPerThousand(), y.wijkPopulation2024()),
                disclosure.figure(gemeente, Kind.OTHER, y.gemeentePerThousand(), null),
                disclosure.figure(wijk, Kind.OTHER, y.wijkIndex(), null),
                disclosure.figure(gemeente, Kind.OTHER, y.gemeenteIndex(), null));
    }

    /** One year before disclosure. */
    record Raw(int year, Double wijkCrimes, Double wijkPopulation2024, Double wijkPerThousand,
            Double gemeentePerThousand, Double wijkIndex, Double gemeenteIndex) {
    }

    /** Joins the wijk's points with the gemeente's values; each indexed to its own value in {@code start}. */
    static List<Raw> years(List<Point> wijk, Map<Integer, Double> gemeente, int start) {
        Map<Integer, Double> wijkValues = new Series("", "", wijk).values();
        Map<Integer, Double> wijkIndex = ChangeFigures.index(wijkValues, start);
        Map<Integer, Double> gemeenteIndex = ChangeFigures.index(gemeente, start);
        List<Raw> years = new ArrayList<>();
        for (Point p : wijk) {
            years.add(new Raw(p.year(), p.numerator(), p.denominator(), p.value(), gemeente.get(p.year()),
                    wijkIndex.get(p.year()), gemeenteIndex.get(p.year())));
        }
        return years;
    }
}
