-- Every saved calibration, oldest first, without its document (for the list).
SELECT id, rounds, granularity, framework_id, framework_version, created_by, created_at
FROM calibration
ORDER BY id
