package nl.pmg.planner.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes one indicator value for one area from its source variables. Pure: the caller supplies
 * the variable cells. A missing or suppressed input makes the result missing or suppressed (never
 * zero); a zero denominator makes it missing. A figure we compute (rate, product of several variables,
 * trend) is DERIVED at every level; only a variable copied as published keeps OBSERVED.
 */
final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    static Value compute(Method m, Function<String, Value> cell) {
        return switch (m.kind()) {
            case "direct" -> cell.apply(m.variable());
            case "product" -> product(m.variables(), m.per() == null ? 1 : m.per(), cell);
            case "rate" -> rate(m.numerator(), m.denominator(), m.per() == null ? 1 : m.per(), cell);
            case "trend" -> trend(m.series(), m.minMean() == null ? 0 : m.minMean(), cell);
            default -> throw new IllegalArgumentException("unknown method kind " + m.kind());
        };
    }

    static Value rate(List<String> numerator, List<String> denominator, double per, Function<String, Value> cell) {
        Sum num = sum(numerator, cell);
        Sum den = sum(denominator, cell);
        Status status = Status.combine(num.status, den.status);
        if (!status.hasValue()) {
            return new Value(null, status);
        }
        if (den.total == 0) {
            return Value.missing();
        }
        return Value.of(num.total / den.total * per, Status.combine(status, Status.DERIVED));
    }

    static Value product(List<String> variables, double per, Function<String, Value> cell) {
        double product = per;
        Status status = Status.OBSERVED;
        for (String v : variables) {
            Value x = cell.apply(v);
            status = Status.combine(status, x.status());
            if (!status.hasValue()) {
                return new Value(null, status);
            }
            product *= x.value();
        }
        // a product of a count and a rounded share is an estimate, not a published figure
        return Value.of(product, variables.size() > 1 ? Status.combine(status, Status.DERIVED) : status);
    }

    /** The {@link TrendDefinition} of the series; missing when its mean is below {@code minMean}. */
    static Value trend(Map<String, String> series, double minMean, Function<String, Value> cell) {
        int n = series.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        Status status = Status.OBSERVED;
        for (var e : new java.util.TreeMap<>(series).entrySet()) {
            Value v = cell.apply(e.getValue());
            status = Status.combine(status, v.status());
            if (!status.hasValue()) {
                return new Value(null, status);
            }
            x[i] = Double.parseDouble(e.getKey());
            y[i] = v.value();
            i++;
        }
        double my = TrendDefinition.mean(y);
        double trend = TrendDefinition.percentPerYear(x, y);
        if (Double.isNaN(trend) || my < minMean) {
            return Value.missing();
        }
        return Value.of(trend, Status.combine(status, Status.DERIVED));
    }

    private record Sum(double total, Status status) {
    }

    private static Sum sum(List<String> variables, Function<String, Value> cell) {
        double total = 0;
        Status status = Status.OBSERVED;
        for (String v : variables) {
            Value x = cell.apply(v);
            status = Status.combine(status, x.status());
            if (x.value() != null) {
                total += x.value();
            }
        }
        return new Sum(total, status);
    }
}
