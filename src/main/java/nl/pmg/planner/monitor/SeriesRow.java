package nl.pmg.planner.monitor;

/** One year of one area's series of one indicator, as the series store keeps it. */
record SeriesRow(String code, String indicator, Point point) {
}
