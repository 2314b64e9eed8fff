-- Saved risk-index frameworks: one row per id and version; a saved version is never updated.
CREATE TABLE framework (
    id          text NOT NULL,
    version     text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, version)
);

-- Long-running background jobs (uncertainty runs): progress, cancel request and result, so that
-- any instance sharing the store can report on or cancel a job another instance runs.
CREATE TABLE job (
    id                text PRIMARY KEY,
    kind              text NOT NULL,
    status            text NOT NULL,
    total             integer NOT NULL,
    completed         integer NOT NULL DEFAULT 0,
    cancel_requested  integer NOT NULL DEFAULT 0,
    result            text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
