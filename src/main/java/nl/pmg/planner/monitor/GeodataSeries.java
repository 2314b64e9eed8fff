package nl.pmg.planner.monitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.shared.Csv;
import nl.pmg.planner.shared.GeodataProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The series as {@code geodata/} ships them: gemeenten from {@code series_gemeente.csv} (all indicators);
 * buurten and wijken from {@code variables_buurt.csv} and {@code variables_wijk.csv} (registered crime only,
 * over the population of 1 Jan 2024 for every year, because no yearly population exists below gemeente level).
 * Rates are computed here from the counts. Also what the PostGIS geodata import stores ({@link SeriesGeodata}).
 */
@Component
@Profile("!postgis")
class GeodataSeries implements SeriesSource {

    static final List<String> FILES = List.of("series_gemeente.csv", "variables_wijk.csv", "variables_buurt.csv");

    private final GeodataProperties geodata;

    GeodataSeries(GeodataProperties geodata) {
        this.geodata = geodata;
    }

    @Override
    public List<SeriesRow> rows() {
        return read(geodata);
    }

    static List<SeriesRow> read(GeodataProperties geodata) {
        List<SeriesRow> out = new ArrayList<>();
        Path gemeente = geodata.file("series_gemeente.csv");
        if (Files.exists(gemeente)) {
            for (var r : Csv.readRows(gemeente)) {
                MonitorIndicator ind = MonitorIndicator.find(r.get("indicator")).orElse(null);
                if (ind == null) {
                    continue;
                }
                Double num = number(r.get("numerator"));
                Double den = number(r.get("denominator"));
                Double value = num != null && den != null && den > 0 ? Double.valueOf(ind.per() * num / den)
                        : number(r.get("value"));
                out.add(new SeriesRow(r.get("code"), ind.id(), new Point(Integer.parseInt(r.get("year")), value, num, den,
                        r.get("status"), r.get("mapping"))));
            }
        }
        subGemeente(geodata.file("variables_wijk.csv"), out);
        subGemeente(geodata.file("variables_buurt.csv"), out);
        return out;
    }

    private static void subGemeente(Path file, List<SeriesRow> out) {
        if (!Files.exists(file)) {
            return;
        }
        for (var r : Csv.readRows(file)) {
            Double population = number(r.get("population"));
            for (int y = MonitorSeries.FIRST_YEAR; y <= MonitorSeries.LAST_YEAR; y++) {
                Double crimes = number(r.get("crimes_" + y));
                String note = "denominator: population 1 Jan 2024 for every year (no yearly population below gemeente)";
                Point p;
                if (crimes == null) {
                    p = new Point(y, null, null, population, "broken", "registered crimes " + y + " not in the source");
                } else if (population == null || population <= 0) {
                    p = new Point(y, null, crimes, population, "broken", "no inhabitants to relate the count to");
                } else {
                    p = new Point(y, 1000 * crimes / population, crimes, population, "derived", note);
                }
                out.add(new SeriesRow(r.get("code"), "crime_total", p));
            }
        }
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }
}
