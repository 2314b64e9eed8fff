package nl.pmg.planner.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.disclosure.Disclosure;
import nl.pmg.planner.disclosure.Published;
import nl.pmg.planner.layer.MapLayers;
import nl.pmg.planner.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Per gemeente-level indicator the municipality's value and the median of three reference groups, for the
 * benchmark panel ({@code GET /api/benchmarks/{gemeente}}) and the printed gebiedsprofiel. Medians of gemeenten, not national totals: rates from very
 * different denominators cannot all be re-aggregated, and a median is not swayed by the four big cities.
 * Every figure is taken as the caller may see it ({@link Disclosure}): a withheld value shows nowhere, not
 * even inside a median or a rank.
 */
@Component
public class Benchmarks {

    /** How many gemeenten closest in population form the "similar size" group. */
    static final int SIMILAR_SIZE = 20;
    static final String POPULATION = "population";

    public record Group(String id, int members, Double median) {
    }

    public record Row(String indicator, Double value, String status, Integer rank, int ranked, List<Group> groups) {
    }

    public record Benchmark(String code, String name, String province, Double population, int provinceMembers,
            double[] similarPopulationRange, List<Row> indicators) {
    }

    private final Areas areas;
    private final MapLayers layers;
    private final Disclosure disclosure;

    Benchmarks(Areas areas, MapLayers layers, Disclosure disclosure) {
        this.areas = areas;
        this.layers = layers;
        this.disclosure = disclosure;
    }

    /** The gemeente against NL, its province and similar-size gemeenten; values pass the disclosure path. */
    public Benchmark of(String code) {
        Area g = areas.find(code).filter(a -> a.level() == Level.GEMEENTE).orElseThrow(() -> NotFound.area(code));
        List<Area> all = areas.list(Level.GEMEENTE);
        String province = g.regions() == null ? null : g.regions().provinceCode();
        List<String> provinceCodes = all.stream()
                .filter(a -> a.regions() != null && Objects.equals(a.regions().provinceCode(), province))
                .map(Area::code).toList();
        Map<String, Published> population = disclosure.values(POPULATION, Level.GEMEENTE);
        List<String> similar = similarSize(g.code(), population);
        double[] range = similar.stream().mapToDouble(c -> population.get(c).orNaN()).filter(Double::isFinite)
                .sorted().toArray();
        List<Row> rows = new ArrayList<>();
        for (Indicator ind : layers.all()) {
            if (!ind.levels().contains(Level.GEMEENTE.id())) {
                continue;
            }
            Map<String, Published> values = disclosure.values(ind.id(), Level.GEMEENTE);
            Published own = values.get(g.code());
            List<String> allCodes = all.stream().map(Area::code).toList();
            rows.add(new Row(ind.id(), own == null ? null : own.value(), own == null ? "missing" : own.status().id(),
                    own == null ? null : rank(own, values, ind.direction()),
                    count(values), List.of(group("national", allCodes, values), group("province", provinceCodes, values),
                            group("similarSize", similar, values))));
        }
        Published pop = population.get(g.code());
        return new Benchmark(g.code(), g.name(), g.regions() == null ? null : g.regions().provinceName(),
                pop == null ? null : pop.value(),
                provinceCodes.size(), range.length == 0 ? null : new double[] {range[0], range[range.length - 1]}, rows);
    }

    /** The gemeenten (itself excluded) closest in population on a log scale, so 10k and 20k are as far apart as 100k and 200k. */
    static List<String> similarSize(String code, Map<String, Published> population) {
        Published p = population.get(code);
        double own = p == null ? Double.NaN : p.orNaN();
        if (!Double.isFinite(own) || own <= 0) {
            return List.of();
        }
        return population.entrySet().stream()
                .filter(e -> !e.getKey().equals(code) && e.getValue().value() != null && e.getValue().value() > 0)
                .sorted(Comparator.comparingDouble(e -> Math.abs(Math.log(e.getValue().value() / own))))
                .limit(SIMILAR_SIZE).map(Map.Entry::getKey).toList();
    }

    static Group group(String id, List<String> codes, Map<String, Published> values) {
        double[] v = codes.stream().map(values::get).filter(x -> x != null && x.value() != null)
                .mapToDouble(Published::value).sorted().toArray();
        return new Group(id, v.length, median(v));
    }

    /** Median of sorted values; null when there are none. */
    static Double median(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** 1 = most at risk among gemeenten with a value; null for neutral indicators or no value. */
    static Integer rank(Published own, Map<String, Published> values, String direction) {
        if (own.value() == null || "neutral".equals(direction)) {
            return null;
        }
        boolean higher = !"lower_is_riskier".equals(direction);
        long riskier = values.values().stream().filter(v -> v.value() != null)
                .filter(v -> higher ? v.value() > own.value() : v.value() < own.value()).count();
        return (int) riskier + 1;
    }

    private static int count(Map<String, Published> values) {
        return (int) values.values().stream().filter(v -> v.value() != null).count();
    }

}
