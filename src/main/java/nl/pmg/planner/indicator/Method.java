package nl.pmg.planner.indicator;

import java.util.List;
import java.util.Map;

/**
 * How an indicator is computed from source variables, as written in {@code geodata/catalogue.json}.
 * <ul>
 *   <li>{@code direct}: the variable as published;</li>
 *   <li>{@code rate}: sum of {@code numerator} variables / sum of {@code denominator} variables × {@code per};</li>
 *   <li>{@code product}: the product of {@code variables} × {@code per};</li>
 *   <li>{@code trend}: least-squares slope of the {@code series} (year → variable) divided by its mean,
 *       × 100 (% per year); missing when the mean is below {@code minMean}.</li>
 * </ul>
 */
public record Method(String kind, String variable, List<String> variables, List<String> numerator,
        List<String> denominator, Double per, Map<String, String> series, Double minMean) {

    /** Every variable the method reads. */
    public List<String> inputs() {
        return switch (kind) {
            case "direct" -> List.of(variable);
            case "product" -> variables;
            case "rate" -> java.util.stream.Stream.concat(numerator.stream(), denominator.stream()).distinct().toList();
            case "trend" -> List.copyOf(series.values());
            default -> throw new IllegalArgumentException("unknown method kind " + kind);
        };
    }
}
