package nl.pmg.planner.imports;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.shared.Csv;

/**
 * Checks the data rows of an indicator table against its header, metadata and division. Duplicates
 * are found with one bit per area and period, so a million rows cost kilobytes, not a set of keys.
 */
final class RowChecker {

    record Row(String areaCode, Level level, String period, Double value, Status status) {
    }

    private static final Set<String> REQUIRED = Set.of("area_code", "period", "value");
    private static final Set<String> OPTIONAL = Set.of("status", "vintage");
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\d{4}[-A-Za-z0-9]{0,8}");

    private final List<String> header;
    private final IndicatorMetadata meta;
    private final AreaCodes.Division division;
    private final Problems problems;
    private final Map<String, BitSet> seen = new HashMap<>();
    private final int code;
    private final int period;
    private final int value;
    private final int status;
    private final int vintage;

    private RowChecker(List<String> header, IndicatorMetadata meta, AreaCodes.Division division, Problems problems) {
        this.header = header;
        this.meta = meta;
        this.division = division;
        this.problems = problems;
        this.code = header.indexOf("area_code");
        this.period = header.indexOf("period");
        this.value = header.indexOf("value");
        this.status = header.indexOf("status");
        this.vintage = header.indexOf("vintage");
    }

    static RowChecker forHeader(List<String> header, String text, long line, IndicatorMetadata meta,
            AreaCodes areaCodes, Problems problems) {
        if (header.size() == 1 && (text.contains(";") || text.contains("\t"))) {
            problems.add(line, "-", "columns must be separated by commas, not " + (text.contains(";") ? "';'" : "tabs"));
        }
        for (String h : header) {
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                problems.add(line, h, "unknown column '" + h + "'; expected area_code, period, value [, status, vintage]");
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                problems.add(line, r, "column '" + r + "' is missing");
            }
        }
        AreaCodes.Division division = null;
        if (meta != null) {
            division = areaCodes.of(meta.entry().vintage());
            if (division == null) {
                problems.add(0, "vintage", "there are no boundaries of vintage " + meta.entry().vintage()
                        + "; import them first");
            }
        }
        return new RowChecker(header, meta, division, problems);
    }

    String indicatorId() {
        return meta == null ? null : meta.entry().indicator().id();
    }

    /** Checks one line; returns the row, or null when it has a problem (recorded). */
    Row check(String text, long line) {
        return check(Csv.parseLine(text), line);
    }

    /** Checks one row given as cells in header order; returns the row, or null when it has a problem. */
    Row check(List<String> cells, long line) {
        if (code < 0 || period < 0 || value < 0) {
            return null;
        }
        if (cells.size() != header.size()) {
            problems.add(line, "-", "expected " + header.size() + " fields, found " + cells.size());
            return null;
        }
        long before = problems.count();
        String areaCode = cells.get(code);
        Integer number = null;
        Level level = null;
        if (areaCode.isEmpty()) {
            problems.add(line, "area_code", "area_code is empty");
        } else if (division != null) {
            number = division.number(areaCode);
            if (number == null) {
                problems.add(line, "area_code", "unknown area code '" + shorten(areaCode) + "' in division "
                        + division.vintage());
            } else {
                level = division.levels()[number];
                if (meta != null && level != meta.level()) {
                    problems.add(line, "area_code", areaCode + " is a " + level.id() + " code; this indicator is "
                            + "declared at level " + meta.level().id());
                }
            }
        }
        if (vintage >= 0 && meta != null && !cells.get(vintage).equals(String.valueOf(meta.entry().vintage()))) {
            problems.add(line, "vintage", "mixed vintages: '" + shorten(cells.get(vintage)) + "' in a table of vintage "
                    + meta.entry().vintage());
        }
        String p = cells.get(period);
        if (!PERIOD.matcher(p).matches()) {
            problems.add(line, "period", "period must start with a year, e.g. 2023 or 2023-Q4, not '" + shorten(p) + "'");
        } else if (number != null && !seen.computeIfAbsent(p, k -> new BitSet()).get(number)) {
            seen.get(p).set(number);
        } else if (number != null) {
            problems.add(line, "-", "duplicate row for " + areaCode + ", period " + p);
        }
        Status st = status(status < 0 ? "" : cells.get(status), cells.get(value).isEmpty(), line);
        Double v = value(cells.get(value), st, line);
        return problems.count() > before ? null : new Row(areaCode, level, p, v, st);
    }

    private Status status(String text, boolean blankValue, long line) {
        if (text.isEmpty()) {
            return blankValue ? Status.MISSING : Status.OBSERVED;
        }
        try {
            return Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(line, "status", "status must be observed, derived, imputed, suppressed or missing, not '"
                    + shorten(text) + "'");
            return null;
        }
    }

    private Double value(String text, Status st, long line) {
        if (text.isEmpty()) {
            if (st != null && st.hasValue()) {
                problems.add(line, "value", "value is empty but status is " + st.id());
            }
            return null;
        }
        if (st != null && !st.hasValue()) {
            problems.add(line, "value", "a " + st.id() + " value must be empty");
            return null;
        }
        Double v = IndicatorCsvImport.number(text);
        if (v == null) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            problems.add(line, "value", lower.contains("nan") || lower.contains("inf")
                    ? "'" + shorten(text) + "' is not a finite number"
                    : "'" + shorten(text) + "' is not a number (use a dot as decimal separator)");
            return null;
        }
        Double min = meta == null ? null : meta.entry().min();
        Double max = meta == null ? null : meta.entry().max();
        if ((min != null && v < min) || (max != null && v > max)) {
            problems.add(line, "value", v + " is outside the declared range [" + (min == null ? "" : min) + ", "
                    + (max == null ? "" : max) + "]");
        }
        return v;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
