package nl.pmg.planner.indicator;

import java.util.List;

/**
 * The "as of" data sets ({@code asof-2023}, {@code asof-2024}): what could be known at an earlier date, at
 * gemeente level. The embedded default reads them from {@code geodata/}; under {@code postgis} they are
 * loaded with the geodata import and read from the database.
 */
public interface AsOfDataSets {

    /** The data sets shipped in {@code geodata/}, oldest first. */
    List<String> NAMES = List.of("asof-2023", "asof-2024");

    /** The data set's indicators and values; costs a few hundred milliseconds, so callers keep the result. */
    AsOfIndicators load(String dataset);
}
