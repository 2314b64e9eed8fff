-- Saved risk-index frameworks: one row per id and version; a saved version is never updated.
CREATE TABLE framework (
    id          TEXT NOT NULL,
    version     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (id, version)
);

-- Long-running background jobs (uncertainty runs): progress, cancel request and result, so that
-- any instance sharing the store can report on or cancel a job another instance runs.
CREATE TABLE job (
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL,
    status            TEXT NOT NULL,
    total             INTEGER NOT NULL,
    completed         INTEGER NOT NULL DEFAULT 0,
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    result            TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
