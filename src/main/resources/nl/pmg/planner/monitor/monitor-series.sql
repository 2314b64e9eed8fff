-- Every series row of the monitor (gemeenten all indicators; wijken and buurten registered crime), in year order.
SELECT code, indicator, year, numerator, denominator, value, status, mapping
FROM monitor_series
ORDER BY code, indicator, year
