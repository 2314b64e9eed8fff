package nl.pmg.planner.curation;

import java.util.Locale;
import nl.pmg.planner.shared.Csv;

/**
 * One value of a monitor series on the 2024 division. A rate has its numerator and denominator
 * (counts); a published percentage without counts has only {@code value}. Status: {@code observed}
 * (as published), {@code derived} (carried across a merger or a denominator from another year, see
 * {@code mapping}) or {@code broken} (cannot be mapped; the value is blank and is never bridged).
 */
record SeriesPoint(String code, String indicator, int year, Double numerator, Double denominator, Double value,
        String status, String mapping) {

    static final String HEADER = "code,indicator,year,numerator,denominator,value,status,mapping";

    static SeriesPoint broken(String code, String indicator, int year, String why) {
        return new SeriesPoint(code, indicator, year, null, null, null, "broken", why);
    }

    String csvLine() {
        return String.join(",", code, indicator, Integer.toString(year), number(numerator), number(denominator),
                number(value), status, Csv.quote(mapping));
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
