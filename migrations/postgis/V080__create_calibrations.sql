-- Saved calibrations: the weights that explain a past round, with the calibrated framework they were
-- saved as (framework id and version); the document holds the whole result. Never updated.
CREATE TABLE calibration (
    id                 bigserial PRIMARY KEY,
    rounds             text NOT NULL,
    granularity        text NOT NULL,
    framework_id       text NOT NULL,
    framework_version  text NOT NULL,
    created_by         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    document           text NOT NULL
);
