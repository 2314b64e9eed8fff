-- The catalogue of one as-of data set, in its original order.
SELECT id, label_nl, label_en, definition, unit, unit_nl, source, year, levels, direction, method, later_than_as_of
FROM asof_indicator
WHERE dataset = ?
ORDER BY position
