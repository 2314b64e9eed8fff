-- One year of one area's series; value is NULL for a broken year (never bridged).
INSERT INTO monitor_series (code, indicator, year, numerator, denominator, value, status, mapping)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
