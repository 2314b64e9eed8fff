-- One gemeente value of an as-of indicator; value is NULL exactly when the status has none.
INSERT INTO asof_indicator_value (dataset, indicator_id, area_code, value, status) VALUES (?, ?, ?, ?, ?)
