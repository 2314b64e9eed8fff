package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Kind;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.programme.Member;
import nl.pmg.planner.programme.Programme;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;

/** Assembles series, comparison group and change figures; comparisons are cached per indicator and start year. */
@Component
class MonitorService {

    private final MonitorSeries series;
    private final Programme programme;
    private final Areas areas;
    private final IndicatorValues indicators;
    private final Scores scores;
    private final MonitorProperties properties;
    private final Disclosure disclosure;
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Map<String, Double>>> variables = new ConcurrentHashMap<>();

    MonitorService(MonitorSeries series, Programme programme, Areas areas, IndicatorValues indicators, Scores scores,
            MonitorProperties properties, Disclosure disclosure) {
        this.disclosure = disclosure;
        this.series = series;
        this.programme = programme;
        this.areas = areas;
        this.indicators = indicators;
        this.scores = scores;
        this.properties = properties;
    }

    MonitorReport report(String code, MonitorIndicator indicator, Integer startYearOverride) {
        Area area = areas.find(code).orElseThrow(() -> NotFound.area(code));
        List<Point> points = series.find(code, indicator.id()).map(Series::points).orElse(List.of());
        // the first membership sets the start year; a gemeente that left is still followed from it
        Member member = programme.history(code).stream().findFirst().orElse(null);
        Integer startYear = member != null ? Integer.valueOf(member.startYear()) : startYearOverride;
        MonitorReport.ComparisonGroup group = null;
        MonitorReport.Change change = null;
        MonitorReport.Window window = null;
        if (area.level() == Level.GEMEENTE && startYear != null) {
            ComparisonWindow w = ComparisonWindow.forStart(startYear);
            Set<String> excluded = w.inProgramme(programme.memberships());
            window = new MonitorReport.Window(w.fromYear(), w.toYear(), excluded.size());
            Comparison comparison = comparison(indicator, startYear, excluded);
            Comparison.Result result = comparison.run(code, properties.interval());
            if (result != null) {
                Map<String, Map<String, Double>> vars = variables(startYear);
                List<MonitorReport.Member> members = result.group().stream()
                        .map(m -> new MonitorReport.Member(m.code(), name(m.code()), m.distance(),
                                published(m.code(), vars.get(m.code()))))
                        .toList();
                group = new MonitorReport.ComparisonGroup(properties.k(), properties.matching(), startYear - 1,
                        published(code, vars.get(code)), members);
                change = new MonitorReport.Change(startYear, properties.interval(), result.placeboCount(),
                        result.years());
            }
        }
        List<ShownPoint> shown = points.stream().map(p -> ShownPoint.of(p, area, disclosure)).toList();
        return new MonitorReport(code, area.name(), area.level().name().toLowerCase(), indicator,
                member == null ? null : member.tranche(), startYear, window, shown, group, change,
                Caveats.forReport(area.level(), points, change, window));
    }

    /** Every municipality of a tranche (all tranches when blank), also those whose membership has ended. */
    List<MonitorReport> programme(String tranche, MonitorIndicator indicator) {
        List<MonitorReport> reports = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Member m : programme.memberships()) {
            if ((tranche == null || tranche.isBlank() || m.tranche().equals(tranche)) && seen.add(m.code())) {
                reports.add(report(m.code(), indicator, null));
            }
        }
        return reports;
    }

    /** The comparison of a start year, excluding every municipality in the programme at any time in its window. */
    private Comparison comparison(MonitorIndicator indicator, int startYear, Set<String> excluded) {
        return comparisons.computeIfAbsent(indicator.id() + "|" + startYear + "|" + String.join(",", excluded), key -> {
            Map<String, double[]> features = new LinkedHashMap<>();
            variables(startYear).forEach((code, v) -> {
                if (properties.matching().stream().allMatch(name -> v.get(name) != null)) {
                    features.put(code, properties.matching().stream()
                            .mapToDouble(name -> name.equals("population") ? Math.log(v.get(name)) : v.get(name))
                            .toArray());
                }
            });
            Map<String, Map<Integer, Double>> values = new HashMap<>();
            for (Area a : areas.list(Level.GEMEENTE)) {
                series.find(a.code(), indicator.id()).ifPresent(s -> values.put(a.code(), s.values()));
            }
            return new Comparison(startYear, features, values, excluded, properties.k());
        });
    }

    /**
     * Matching variables per gemeente for a start year: population and urbanity (KWB 2024), the default
     * risk index (computed on 2024 data — the only vintage it exists for) and registered crime per
     * 1,000 in the year before the start year.
     */
    private Map<String, Map<String, Double>> variables(int startYear) {
        return variables.computeIfAbsent(startYear, y -> {
            Map<String, Double> index = scores.defaults(Level.GEMEENTE).result().areas().stream()
                    .collect(Collectors.toMap(AreaScore::code, AreaScore::score, (a, b) -> a));
            List<String> codes = areas.list(Level.GEMEENTE).stream().map(Area::code).toList();
            Map<String, Double> crime = series.valuesIn(codes, "crime_total", y - 1);
            Map<String, Map<String, Double>> out = new LinkedHashMap<>();
            for (Area a : areas.list(Level.GEMEENTE)) {
                Map<String, Double> v = new LinkedHashMap<>();
                v.put("population", indicators.value("population", a).value());
                v.put("urbanity", indicators.value("urbanity_class", a).value());
                v.put("baseline_index", index.get(a.code()));
                v.put("baseline_crime", crime.get(a.code()));
                out.put(a.code(), v);
            }
            return out;
        });
    }

    /** A gemeente's matching variables as the caller may see them (population is a count of people). */
    private Map<String, Published> published(String code, Map<String, Double> vars) {
        if (vars == null) {
            return null;
        }
        Map<String, Published> out = new LinkedHashMap<>();
        vars.forEach((name, v) -> out.put(name, disclosure.figure(code, name.equals("population") ? Kind.PERSONS
                : Kind.OTHER, v, null)));
        return out;
    }

    private String name(String code) {
        return areas.find(code).map(Area::name).orElse(code);
    }
}
