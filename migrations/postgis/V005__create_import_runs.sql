-- Every import attempt: who, when, which file (name and SHA-256), how many rows, and the outcome.
-- Progress (rows_read) is updated while a run is 'running', so any instance can report it.
CREATE TABLE import_run (
    id             bigserial PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('geodata', 'indicators', 'boundaries')),
    started_by     text NOT NULL,
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    file_name      text,
    checksum       text,
    target         text,
    rows_read      bigint NOT NULL DEFAULT 0,
    rows_accepted  bigint NOT NULL DEFAULT 0,
    rows_rejected  bigint NOT NULL DEFAULT 0,
    outcome        text NOT NULL CHECK (outcome IN ('running', 'accepted', 'rejected', 'failed')),
    report         text
);
CREATE INDEX import_run_accepted ON import_run (kind, checksum) WHERE outcome = 'accepted';
