-- One saved calibration with its document.
SELECT id, created_by, created_at, document
FROM calibration
WHERE id = ?
