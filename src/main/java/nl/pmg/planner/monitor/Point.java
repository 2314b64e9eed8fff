package nl.pmg.planner.monitor;

/**
 * One year of a series. {@code value} is null when the year cannot be mapped to the 2024 division
 * (status {@code broken}) — it is then drawn as a gap, never interpolated.
 */
record Point(int year, Double value, Double numerator, Double denominator, String status, String mapping) {
}
