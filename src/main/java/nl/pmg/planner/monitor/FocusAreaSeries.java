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
 * The NPLV focus areas in the monitor: for each one mapped to wijken (our mapping by name where the names
 * correspond, marked derived with its reason), the registered crime per 1,000 of those wijken together against
 * the gemeente's, both indexed to the gemeente's start year = 100. A focus area without a mapping gets no series:
 * a guessed set of wijken would look like data. Wijk figures are shown only to callers with detail rights for the
 * gemeente ({@code wijkStatus}); they pass {@link Disclosure} as wijk figures.
 */
@Component
class FocusAreaSeries {

    static final String UNMAPPED = "no wijk mapping — series not shown";
    static final String DENOMINATOR = "wijk rates use the population of 1 Jan 2024 for every year"
            + " (no yearly population below gemeente level); a focus area of several wijken sums their crimes and"
            + " inhabitants";

    /** One year: the wijken's crimes and rate, the gemeente's rate, and both indices (null before the start year). */
    record Year(int year, @JsonSerialize(using = Published.NumberOnly.class) Published wijkCrimes,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkPopulation2024,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkPerThousand,
            @JsonSerialize(using = Published.NumberOnly.class) Published gemeentePerThousand,
            @JsonSerialize(using = Published.NumberOnly.class) Published wijkIndex,
            @JsonSerialize(using = Published.NumberOnly.class) Published gemeenteIndex) {
    }

    /** One year before disclosure. */
    record Raw(int year, Double wijkCrimes, Double wijkPopulation2024, Double wijkPerThousand,
            Double gemeentePerThousand, Double wijkIndex, Double gemeenteIndex) {
    }

    /**
     * {@code wijkenWithoutFigures}: mapped wijken with no crime figure in some year (one of their buurten has no
     * police figure); those years of the focus area are broken, not summed over the other wijken.
     * {@code wijkStatus}: {@code shown}, or {@code suppressed} when the caller may not see the wijken's figures.
     */
    record Entry(String name, String gemeenteCode, String gemeenteName, int nplvSince, String mapping,
            String mappingReason, String mappingReasonNl, List<String> wijkCodes, List<String> wijkNames,
            List<String> wijkenWithoutFigures, Integer startYear, String note, String wijkStatus, List<Year> years) {
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
            if (f.wijkCodes().isEmpty()) {
                out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), "none",
                        f.mappingReason(), f.mappingReasonNl(), List.of(), List.of(), List.of(), null, UNMAPPED, null,
                        List.of()));
                continue;
            }
            List<List<Point>> wijken = f.wijkCodes().stream()
                    .map(w -> series.find(w, "crime_total").map(Series::points).orElse(List.of())).toList();
            Map<Integer, Double> gemeente = series.find(f.gemeenteCode(), "crime_total").map(Series::values)
                    .orElse(Map.of());
            List<String> names = f.wijkCodes().stream().map(w -> areas.find(w).map(Area::name).orElse(w)).toList();
            List<String> without = new ArrayList<>();
            for (int i = 0; i < wijken.size(); i++) {
                if (wijken.get(i).isEmpty() || wijken.get(i).stream().anyMatch(p -> p.value() == null)) {
                    without.add(f.wijkCodes().get(i));
                }
            }
            String shown = disclosure.detailFor(f.gemeenteCode()) ? "shown" : "suppressed";
            String wijk = f.wijkCodes().get(0);
            out.add(new Entry(f.name(), f.gemeenteCode(), f.gemeenteName(), f.nplvSince(), f.mapping(),
                    f.mappingReason(), f.mappingReasonNl(), f.wijkCodes(), names, without, start, DENOMINATOR, shown,
                    years(combine(wijken), gemeente, start).stream().map(y -> publish(y, wijk, f.gemeenteCode())).toList()));
        }
        return out;
    }

    /**
     * The wijken of one focus area as one series: per year the sum of their crimes over the sum of their 2024
     * inhabitants (per 1,000); a year is broken when any of the wijken has no figure for it, never bridged.
     */
    static List<Point> combine(List<List<Point>> wijken) {
        if (wijken.size() == 1) {
            return wijken.get(0);
        }
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        wijken.forEach(points -> points.forEach(p -> years.add(p.year())));
        String mapping = "sum of " + wijken.size() + " wijken";
        List<Point> out = new ArrayList<>();
        for (int year : years) {
            double crimes = 0;
            double inhabitants = 0;
            boolean complete = true;
            for (List<Point> points : wijken) {
                Point p = points.stream().filter(q -> q.year() == year).findFirst().orElse(null);
                if (p == null || p.numerator() == null || p.denominator() == null) {
                    complete = false;
                } else {
                    crimes += p.numerator();
                    inhabitants += p.denominator();
                }
            }
            out.add(complete && inhabitants > 0
                    ? new Point(year, 1000 * crimes / inhabitants, crimes, inhabitants, "derived", mapping)
                    : new Point(year, null, null, null, "broken", mapping));
        }
        return out;
    }

    /**
     * One year's figures as the caller may see them: the wijken's as wijk figures (their first wijk stands for
     * the level and gemeente the rule looks at), the gemeente's as its own.
     */
    private Year publish(Raw y, String wijk, String gemeente) {
        return new Year(y.year(), disclosure.figure(wijk, Kind.OTHER, y.wijkCrimes(), null),
                disclosure.figure(wijk, Kind.PERSONS, y.wijkPopulation2024(), null),
                disclosure.figure(wijk, Kind.RATE, y.wijkPerThousand(), y.wijkPopulation2024()),
                disclosure.figure(gemeente, Kind.OTHER, y.gemeentePerThousand(), null),
                disclosure.figure(wijk, Kind.OTHER, y.wijkIndex(), null),
                disclosure.figure(gemeente, Kind.OTHER, y.gemeenteIndex(), null));
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
