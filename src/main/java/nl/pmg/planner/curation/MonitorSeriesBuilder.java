package nl.pmg.planner.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pmg.planner.shared.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code geodata/series_gemeente.csv}: the monitor's time series per gemeente on the 2024
 * division — registered crime (total 2021–2025; violent, vandalism, drugs/alcohol 2022–2024) as counts
 * with the population of 1 January of the same year, and two socio-economic percentages with two
 * vintages (2021, 2022). Run: {@code ./mvnw -q -B compile exec:java
 * -Dexec.mainClass=nl.pmg.planner.curation.MonitorSeriesBuilder -Dexec.args="../shared/data geodata"}.
 */
public final class MonitorSeriesBuilder {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    /** Crime by type exists for these years only (crime_by_type_gemeente_2022_2024.csv). */
    static final List<Integer> TYPE_YEARS = List.of(2022, 2023, 2024);
    static final Map<String, List<String>> TYPES = Map.of(
            "crime_violent", List.of("bedreiging", "mishandeling", "straatroof"),
            "crime_vandalism", List.of("vernieling"),
            "crime_drugs_alcohol", List.of("drugs_drank"));

    private final Path source;
    /** year → 2024 code → registered crimes (police figures are published on the 2024 division). */
    private final Map<Integer, Map<String, Double>> crimes = new TreeMap<>();
    /** year → code on that year's division → inhabitants on 1 January. */
    private final Map<Integer, Map<String, Double>> population = new TreeMap<>();
    private final Map<Integer, Map<String, Map<String, String>>> byType = new TreeMap<>();
    private final List<String> codes = new ArrayList<>();

    MonitorSeriesBuilder(Path source) {
        this.source = source;
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path target = Path.of(args.length > 1 ? args[1] : "geodata");
        new MonitorSeriesBuilder(source).write(target.resolve("series_gemeente.csv"));
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(SeriesPoint.HEADER);
        build().forEach(p -> lines.add(p.csvLine()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    List<SeriesPoint> build() {
        read();
        List<SeriesPoint> points = new ArrayList<>();
        SocioSeries socio = new SocioSeries(source);
        for (String code : codes) {
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                points.add(rate(code, "crime_total", y, crimes.get(y).get(code), "", "registered crimes"));
            }
            for (var type : new TreeMap<>(TYPES).entrySet()) {
                for (int y : TYPE_YEARS) {
                    points.add(typeRate(code, type.getKey(), type.getValue(), y));
                }
            }
            points.addAll(socio.points(code));
        }
        return points;
    }

    /** A per-1,000 rate from a count on the 2024 division and the population carried to it. */
    SeriesPoint rate(String code, String indicator, int year, Double count, String countNote, String what) {
        if (count == null) {
            return SeriesPoint.broken(code, indicator, year, what + " " + year + " not in the source");
        }
        int popYear = Math.min(year, 2024);
        DivisionMapping.Mapped den = DivisionMapping.count(code, population.get(popYear), mergers(popYear),
                "population 1 Jan " + popYear);
        if (den.value() == null) {
            return SeriesPoint.broken(code, indicator, year, den.note());
        }
        List<String> notes = new ArrayList<>();
        if (!countNote.isEmpty()) {
            notes.add(countNote);
        }
        if (den.derived()) {
            notes.add(den.note());
        }
        if (popYear != year) {
            notes.add("denominator: population 1 Jan " + popYear + " (no " + year + " population in the sources)");
        }
        return new SeriesPoint(code, indicator, year, count, den.value(), 1000 * count / den.value(),
                notes.isEmpty() ? "observed" : "derived", String.join("; ", notes));
    }

    private SeriesPoint typeRate(String code, String indicator, List<String> columns, int year) {
        Map<String, String> row = byType.get(year).get(code);
        if (row == null) {
            return SeriesPoint.broken(code, indicator, year, "crime by type " + year + " not in the source"
                    + (MunicipalMergers.FROM_2022.containsKey(code) ? " (parts " + String.join("+",
                    MunicipalMergers.FROM_2022.get(code)) + " absent too); not bridged" : ""));
        }
        // The by-type rows are only trusted on the 2024 division when their total equals the 47022NED
        // total on that division; otherwise the row could cover a different territory.
        Double total = crimes.get(year).get(code);
        if (total == null || total != Double.parseDouble(row.get("totaal_misdrijven"))) {
            return SeriesPoint.broken(code, indicator, year, "crime by type " + year
                    + ": total differs from the 2024-division total");
        }
        double sum = 0;
        for (String c : columns) {
            sum += Double.parseDouble(row.get(c));
        }
        return rate(code, indicator, year, sum, "", "crime by type");
    }

    private static Map<String, List<String>> mergers(int year) {
        return switch (year) {
            case 2021 -> MunicipalMergers.FROM_2021;
            case 2022 -> MunicipalMergers.FROM_2022;
            default -> Map.of(); // the 2023 division equals 2024's (342 gemeenten, same codes)
        };
    }

    private void read() {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            crimes.put(y, new HashMap<>());
        }
        for (var r : Csv.readRows(source.resolve("indicators/kwb2024_crime_gemeente.csv"))) {
            codes.add(r.get("gm_code"));
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                String v = r.get("misdrijven_" + y);
                if (v != null && !v.isBlank()) {
                    crimes.get(y).put(r.get("gm_code"), Double.parseDouble(v));
                }
            }
        }
        codes.sort(null);
        population.put(2021, new HashMap<>());
        JsonNode all = JsonMapper.builder().build()
                .readTree(source.resolve("indicators/kwb2021_gemeente.json").toFile()).get("Gemeente");
        for (var e : all.properties()) {
            JsonNode p = e.getValue().get("Population");
            if (p != null && p.isNumber()) {
                population.get(2021).put(e.getKey(), p.asDouble());
            }
        }
        population.put(2022, column(source.resolve("indicators/kwb2022_gemeente.csv"), "gemeentecode",
                "aantal_inwoners"));
        for (int y : TYPE_YEARS) {
            byType.put(y, new HashMap<>());
        }
        population.put(2023, new HashMap<>());
        population.put(2024, new HashMap<>());
        for (var r : Csv.readRows(source.resolve("crime/crime_by_type_gemeente_2022_2024.csv"))) {
            int y = Integer.parseInt(r.get("jaar"));
            byType.get(y).put(r.get("gm_code"), r);
            if (y >= 2023 && !r.get("inwoners_kwb").isBlank()) {
                population.get(y).put(r.get("gm_code"), Double.parseDouble(r.get("inwoners_kwb")));
            }
        }
    }

    static Map<String, Double> column(Path csv, String key, String column) {
        Map<String, Double> values = new HashMap<>();
        for (var r : Csv.readRows(csv)) {
            String v = r.get(column);
            if (v != null && !v.isBlank()) {
                values.put(r.get(key), Double.parseDouble(v));
            }
        }
        return values;
    }
}
