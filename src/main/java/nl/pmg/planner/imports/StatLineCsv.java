package nl.pmg.planner.imports;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pmg.planner.shared.Csv;

/**
 * Reads a StatLine CSV export: the lines CBS writes above the table (title, table id), a {@code ;}-separated
 * header in the CBS column layout ({@code ID}, {@code RegioS} or {@code WijkenEnBuurten}, {@code Perioden},
 * other dimensions, and measures whose keys end in {@code _<number>}), quoted and space-padded cells, and the
 * source lines below the table. Each data row becomes one observation of the chosen measure.
 */
final class StatLineCsv {

    /** Receives the table's identity once the header is read, then one call per data row. */
    interface Sink {

        void table(String tableId, String title, String measure);

        void observation(long row, String region, String period, String value);
    }

    static final Pattern TABLE_ID = Pattern.compile("\\b(\\d{4,5}(?:NED|ned|ENG|eng))\\b");
    private static final Pattern MEASURE = Pattern.compile(".+_\\d+");
    private static final Pattern FOOTER = Pattern.compile("(?i)^\"?(bron|source|©|centraal bureau|statistics netherlands).*");

    private StatLineCsv() {
    }

    static long read(Utf8Lines lines, CbsOptions options, Problems problems, Sink sink) throws IOException {
        List<String> preamble = new ArrayList<>();
        List<String> header = null;
        int region = -1;
        int period = -1;
        int measure = -1;
        Map<String, Integer> where = new java.util.HashMap<>();
        long line = 0;
        long rows = 0;
        String text;
        try {
            while ((text = lines.next()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (header == null) {
                    List<String> cells = split(text);
                    int r = index(cells, "RegioS", "WijkenEnBuurten");
                    if (r < 0 || !cells.contains("Perioden")) {
                        preamble.add(text);
                        continue;
                    }
                    header = cells;
                    region = r;
                    period = cells.indexOf("Perioden");
                    measure = measure(header, options, line, problems);
                    for (var w : options.where().entrySet()) {
                        if (!header.contains(w.getKey())) {
                            problems.add(line, w.getKey(), "dimension '" + w.getKey() + "' in 'where' is not a column");
                        }
                        where.put(w.getKey(), header.indexOf(w.getKey()));
                    }
                    String title = preamble.stream().map(StatLineCsv::unquote).filter(s -> !s.isBlank()).findFirst()
                            .orElse(null);
                    sink.table(tableId(String.join(" ", preamble)), title, measure < 0 ? null : header.get(measure));
                    continue;
                }
                if (text.isBlank() || FOOTER.matcher(text.strip()).matches()) {
                    continue;
                }
                List<String> cells = split(text);
                rows++;
                if (cells.size() != header.size()) {
                    problems.add(line, "-", "expected " + header.size() + " fields separated by ';', found " + cells.size());
                    continue;
                }
                if (measure < 0 || !matches(cells, where, options.where())) {
                    continue;
                }
                sink.observation(line, cells.get(region), cells.get(period), cells.get(measure));
            }
        } catch (CharacterCodingException e) {
            problems.add(line + 1, "-", "the file is not UTF-8 encoded (export it as UTF-8)");
        }
        if (header == null) {
            problems.add(0, "-", "no StatLine header with RegioS or WijkenEnBuurten and Perioden");
        }
        return rows;
    }

    private static int measure(List<String> header, CbsOptions options, long line, Problems problems) {
        List<String> measures = header.stream().filter(h -> MEASURE.matcher(h).matches()).toList();
        if (options.measure() != null) {
            if (!header.contains(options.measure())) {
                problems.add(line, "measure", "measure '" + options.measure() + "' is not a column of this table; "
                        + "its measures: " + String.join(", ", measures));
                return -1;
            }
            return header.indexOf(options.measure());
        }
        if (measures.size() != 1) {
            problems.add(line, "measure", "the table has " + measures.size() + " measures (" + String.join(", ", measures)
                    + "); name the one to import in 'measure'");
            return -1;
        }
        return header.indexOf(measures.get(0));
    }

    private static boolean matches(List<String> cells, Map<String, Integer> where, Map<String, String> wanted) {
        for (var w : where.entrySet()) {
            if (w.getValue() < 0 || !cells.get(w.getValue()).strip().equals(wanted.get(w.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static String tableId(String text) {
        Matcher m = TABLE_ID.matcher(text);
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    private static int index(List<String> cells, String... names) {
        for (String n : names) {
            if (cells.contains(n)) {
                return cells.indexOf(n);
            }
        }
        return -1;
    }

    /** Splits one ';'-separated line; cells may be quoted, with "" for a quote inside; cells are trimmed. */
    static List<String> split(String line) {
        return Csv.parseLine(line, ';');
    }

    private static String unquote(String line) {
        List<String> cells = split(line);
        return String.join(" ", cells).strip();
    }
}
