-- Saves one calibration (never updated afterwards) and answers its new id.
INSERT INTO calibration (rounds, granularity, framework_id, framework_version, created_by, document)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id
