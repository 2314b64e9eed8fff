package nl.pmg.planner.selection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.indicator.AsOfIndicators;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.shared.ApiProblem;
import nl.pmg.planner.shared.GeodataProperties;
import nl.pmg.planner.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Maps a request's {@code asOf} date to the data that could be known then. Only two vintages exist: the
 * latest data (no {@code asOf}) and spring 2023 ({@code geodata/asof-2023}), which stands for every date
 * from 2023-01-01 until the 2024 figures were published (mid 2024). The spring 2023 set is read on first
 * use only, since most requests never ask for it.
 */
@Component
class Vintages {

    static final String ASOF_2023 = "asof-2023";
    static final LocalDate ASOF_2023_FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate ASOF_2023_UNTIL = LocalDate.of(2024, 6, 30);

    private final IndicatorValues latest;
    private final GeodataProperties geodata;
    private final Areas areas;
    private volatile DataVintage asOf2023;

    Vintages(IndicatorValues latest, GeodataProperties geodata, Areas areas) {
        this.latest = latest;
        this.geodata = geodata;
        this.areas = areas;
    }

    DataVintage latest() {
        return new DataVintage(DataVintage.LATEST, latest, Set.of());
    }

    /** The vintage of an {@code asOf} value (ISO date); null means latest. */
    DataVintage of(String asOf) {
        if (asOf == null) {
            return latest();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UnsupportedAsOf("asOf must be an ISO date such as 2023-03-01, was '" + Text.shorten(asOf) + "'.");
        }
        if (date.isBefore(ASOF_2023_FROM) || date.isAfter(ASOF_2023_UNTIL)) {
            throw new UnsupportedAsOf("There is no data as of " + date + ": the vintages are the latest data (omit "
                    + "asOf) and spring 2023 (asOf from " + ASOF_2023_FROM + " to " + ASOF_2023_UNTIL + ").");
        }
        return asOf2023();
    }

    private DataVintage asOf2023() {
        DataVintage v = asOf2023;
        if (v == null) {
            synchronized (this) {
                if (asOf2023 == null) {
                    AsOfIndicators a = AsOfIndicators.load(new GeodataProperties(geodata.file(ASOF_2023)), areas);
                    asOf2023 = new DataVintage(a.dataset(), a.values(), a.laterThanAsOf());
                }
                v = asOf2023;
            }
        }
        return v;
    }

    /** An {@code asOf} that is no date or has no data set; the problem lists the vintages that exist. */
    static class UnsupportedAsOf extends ApiProblem {

        UnsupportedAsOf(String detail) {
            super(HttpStatus.BAD_REQUEST, "invalid-parameter", detail);
        }

        @Override
        public Map<String, Object> extensions() {
            return Map.of("parameter", "asOf", "vintages", List.of(
                    Map.of("id", DataVintage.LATEST, "asOf", "omitted"),
                    Map.of("id", ASOF_2023, "asOfFrom", ASOF_2023_FROM.toString(),
                            "asOfUntil", ASOF_2023_UNTIL.toString())));
        }
    }
}
