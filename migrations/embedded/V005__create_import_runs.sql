-- Every import attempt: who, when, which file (name and SHA-256), how many rows, and the outcome.
CREATE TABLE import_run (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT NOT NULL CHECK (kind IN ('geodata', 'indicators', 'boundaries')),
    started_by     TEXT NOT NULL,
    started_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at    TEXT,
    file_name      TEXT,
    checksum       TEXT,
    target         TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_accepted  INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    outcome        TEXT NOT NULL CHECK (outcome IN ('running', 'accepted', 'rejected', 'failed')),
    report         TEXT
);
