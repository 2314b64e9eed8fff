package nl.pmg.planner.monitor;

import java.util.List;

/**
 * Where the monitor's series come from: {@code geodata/} on the embedded default ({@link GeodataSeries}),
 * the table {@code monitor_series} under {@code postgis} ({@link PostgisSeries}), loaded with the geodata import.
 */
interface SeriesSource {

    List<SeriesRow> rows();
}
