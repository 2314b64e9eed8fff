-- Every gemeente value of one as-of data set.
SELECT indicator_id, area_code, value, status
FROM asof_indicator_value
WHERE dataset = ?
ORDER BY indicator_id, area_code
