package nl.pmg.planner.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Value;

/**
 * Turns one CBS observation (region, period, value or symbol) into the planner's cells
 * {@code area_code, period, value, status}: region codes to our levels ({@code GM}, {@code WK}, {@code BU};
 * other kinds such as {@code NL}, {@code PV}, {@code LD}, {@code CR} and rows of another level are skipped and
 * counted), periods to years ({@code 2023JJ00} → {@code 2023}, {@code 2023KW04} → {@code 2023-Q4},
 * {@code 2023MM12} → {@code 2023-12}), CBS symbols to statuses ({@code x} secret → suppressed, {@code .}
 * unknown or unreliable → missing, {@code -} nil → 0, empty → missing), and, with a denominator, a count to a
 * rate over our own figures, marked derived.
 */
final class CbsCells {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(JJ00|KW0([1-4])|MM(0[1-9]|1[0-2]))");

    private final Level level;
    private final CbsOptions options;
    private final Map<String, Value> denominators;
    private final Problems problems;
    private final Map<String, Long> skipped = new TreeMap<>();

    CbsCells(Level level, CbsOptions options, IndicatorValues indicators, Problems problems) {
        this.level = level;
        this.options = options;
        this.problems = problems;
        this.denominators = options.derived() && level != null ? indicators.values(options.denominator(), level) : Map.of();
        if (options.derived() && level != null && denominators.isEmpty()) {
            problems.add(0, "denominator", "'" + options.denominator() + "' is not an indicator at level " + level.id()
                    + "; use e.g. population or young_people_15_25");
        }
    }

    /**
     * The cells of one observation, or null when it is skipped (another region kind or level) or has a
     * problem (recorded with its row). {@code value} is the text in the file; {@code status} a status already
     * decided by the format (OData's ValueAttribute), or null to read symbols from {@code value}.
     */
    List<String> cells(long row, String region, String period, String value, String status) {
        String code = region == null ? "" : region.strip();
        Level l = Level.ofCode(code).orElse(null);
        if (l == null) {
            skip(code.length() >= 2 && Character.isLetter(code.charAt(0)) ? "region kind " + code.substring(0, 2)
                    : "no region code");
            return null;
        }
        if (l != level) {
            skip(l.id() + " rows");
            return null;
        }
        String p = period(row, period == null ? "" : period.strip());
        String[] v = status != null ? new String[] {value == null ? "" : value, status} : symbol(row, value);
        if (p == null || v == null) {
            return null;
        }
        return derive(code, p, v);
    }

    private String period(long row, String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            problems.add(row, "Perioden", "'" + shorten(text) + "' is not a CBS year, quarter or month (2023JJ00, "
                    + "2023KW04, 2023MM12)");
            return null;
        }
        if (m.group(2).equals("JJ00")) {
            return m.group(1);
        }
        return m.group(3) != null ? m.group(1) + "-Q" + m.group(3) : m.group(1) + "-" + m.group(4);
    }

    /** {value text, status} from a StatLine cell; decimal commas accepted (the separator is ';'). */
    private String[] symbol(long row, String raw) {
        String t = raw == null ? "" : raw.strip();
        switch (t) {
            case "" -> {
                return new String[] {"", "missing"};
            }
            case "." -> {
                return new String[] {"", "missing"};
            }
            case "x", "X" -> {
                return new String[] {"", "suppressed"};
            }
            case "-", "–" -> {
                return new String[] {"0", "observed"};
            }
            default -> {
                String n = t.replace(',', '.');
                if (IndicatorCsvImport.number(n) == null) {
                    problems.add(row, options.measure() == null ? "value" : options.measure(), "'" + shorten(t)
                            + "' is not a number or a CBS symbol (x secret, . unknown, - nil)");
                    return null;
                }
                return new String[] {n, "observed"};
            }
        }
    }

    private List<String> derive(String code, String period, String[] v) {
        if (!options.derived() || v[0].isEmpty()) {
            return List.of(code, period, v[0], v[1]);
        }
        Value den = denominators.get(code);
        if (den == null || den.value() == null || den.value() == 0) {
            skipped.merge("rates without a denominator (value missing)", 1L, Long::sum);
            return List.of(code, period, "", "missing");
        }
        double rate = Double.parseDouble(v[0]) / den.value() * options.per();
        return List.of(code, period, Double.toString(rate), "derived");
    }

    private void skip(String why) {
        skipped.merge(why, 1L, Long::sum);
    }

    /** "12 skipped (region kind NL 1, wijk rows 11)"; empty when nothing was skipped. */
    String skippedSummary() {
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(total + " skipped or without value (");
        skipped.forEach((k, n) -> s.append(k).append(' ').append(n).append(", "));
        s.setLength(s.length() - 2);
        return s.append(')').toString();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
