package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders so that each test shows only the numbers it is about. */
final class Fixtures {

    static final double NaN = Double.NaN;

    /** Options for hand computations: no winsorising, no smoothing, so the arithmetic stays visible. */
    static final ScoringOptions PLAIN = new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC,
            MissingPolicy.REWEIGHT, 0.65, 0, 100, false, 90);

    private Fixtures() {
    }

    static Framework framework(Domain... domains) {
        return new Framework("test", "0.0.1", "Test", "Test", List.of(domains));
    }

    static Domain domain(String id, double weight, FrameworkIndicator... indicators) {
        return new Domain(id, id, id, weight, List.of(indicators), "test");
    }

    static FrameworkIndicator higher(String id, double weight) {
        return new FrameworkIndicator(id, weight, Direction.HIGHER_IS_RISKIER, "test");
    }

    static FrameworkIndicator lower(String id, double weight) {
        return new FrameworkIndicator(id, weight, Direction.LOWER_IS_RISKIER, "test");
    }

    static IndicatorColumn column(String id, double... values) {
        return IndicatorColumn.of(id, values);
    }

    /** Areas are named A, B, C, … in order. */
    static ScoringInput input(IndicatorColumn... columns) {
        return input(Map.of(), columns);
    }

    static ScoringInput input(Map<String, Double> nationalValues, IndicatorColumn... columns) {
        int n = columns[0].values().length;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(code(i));
        }
        Map<String, IndicatorColumn> map = new LinkedHashMap<>();
        for (IndicatorColumn column : columns) {
            map.put(column.indicatorId(), column);
        }
        return new ScoringInput("test", codes, map, null, null, null, nationalValues);
    }

    static String code(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "A" + i;
    }

    static AreaScore area(ScoringResult result, String code) {
        return result.areas().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    static double contributionSum(AreaScore area) {
        double sum = 0;
        for (double c : area.contributions().values()) {
            sum += c;
        }
        return sum;
    }
}
