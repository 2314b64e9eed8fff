-- Saved calibrations: the weights that explain a past round, with the calibrated framework they were
-- saved as (framework id and version); the document holds the whole result. Never updated.
CREATE TABLE calibration (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    rounds             TEXT NOT NULL,
    granularity        TEXT NOT NULL,
    framework_id       TEXT NOT NULL,
    framework_version  TEXT NOT NULL,
    created_by         TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    document           TEXT NOT NULL
);
