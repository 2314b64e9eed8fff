-- One indicator of an as-of data set, in catalogue order; method is the catalogue's JSON.
INSERT INTO asof_indicator (dataset, id, label_nl, label_en, definition, unit, unit_nl, source, year, levels,
    direction, method, later_than_as_of, position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
