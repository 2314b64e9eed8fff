package nl.pmg.planner.selection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.indicator.AsOfDataSets;
import nl.pmg.planner.indicator.AsOfIndicators;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.shared.ApiProblem;
import nl.pmg.planner.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Maps a request's {@code asOf} date to the data that could be known then: the latest data (no
 * {@code asOf}), spring 2023 ({@code asof-2023}: KWB 2022, crime to 2022) or 1 April 2024 ({@code asof-2024}:
 * KWB 2023, crime to 2023). A data set stands for the dates from about when its newest crime year was
 * complete (the police publish a year's last month at the end of January) until the next one's was; the
 * exact publication days of the KWB releases were not checked. Each set is read on first use only.
 */
@Component
class Vintages {

    /** The dates an as-of data set stands for, both inclusive. */
    record Window(String id, LocalDate from, LocalDate until) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(until);
        }
    }

    static final String ASOF_2023 = "asof-2023";
    static final String ASOF_2024 = "asof-2024";
    static final List<Window> WINDOWS = List.of(
            new Window(ASOF_2023, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 31)),
            new Window(ASOF_2024, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 31)));

    private final IndicatorValues latest;
    private final AsOfDataSets dataSets;
    private final Map<String, DataVintage> loaded = new ConcurrentHashMap<>();

    Vintages(IndicatorValues latest, AsOfDataSets dataSets) {
        this.latest = latest;
        this.dataSets = dataSets;
    }

    DataVintage latest() {
        return new DataVintage(DataVintage.LATEST, latest, Set.of());
    }

    /** The vintage of an {@code asOf} value (ISO date); null means latest. */
    DataVintage of(String asOf) {
        if (asOf == null) {
            return latest();
        }
        LocalDate date = date(asOf);
        Window w = WINDOWS.stream().filter(x -> x.contains(date)).findFirst().orElseThrow(() -> new UnsupportedAsOf(
                "There is no data as of " + date + ": the vintages are the latest data (omit asOf), spring 2023 (asOf "
                        + "from " + WINDOWS.get(0).from() + " to " + WINDOWS.get(0).until() + ") and April 2024 (asOf from "
                        + WINDOWS.get(1).from() + " to " + WINDOWS.get(1).until() + ")."));
        return loaded.computeIfAbsent(w.id(), id -> {
            AsOfIndicators a = dataSets.load(id);
            return new DataVintage(a.dataset(), a.values(), a.laterThanAsOf());
        });
    }

    /** An {@code asOf} value as a date; 400 naming {@code asOf} when it is none. */
    static LocalDate date(String asOf) {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UnsupportedAsOf("asOf must be an ISO date such as 2023-03-01, was '" + Text.shorten(asOf) + "'.");
        }
    }

    /** An {@code asOf} that is no date or has no data set; the problem lists the vintages that exist. */
    static class UnsupportedAsOf extends ApiProblem {

        UnsupportedAsOf(String detail) {
            super(HttpStatus.BAD_REQUEST, "invalid-parameter", detail);
        }

        @Override
        public Map<String, Object> extensions() {
            List<Map<String, String>> vintages = new ArrayList<>();
            vintages.add(Map.of("id", DataVintage.LATEST, "asOf", "omitted"));
            WINDOWS.forEach(w -> vintages.add(Map.of("id", w.id(), "asOfFrom", w.from().toString(),
                    "asOfUntil", w.until().toString())));
            return Map.of("parameter", "asOf", "vintages", vintages);
        }
    }
}
