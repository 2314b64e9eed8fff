-- Imported indicators and their values (the shipped ones are computed from geodata/ at start-up).
CREATE TABLE indicator (
    id             TEXT PRIMARY KEY,
    origin         TEXT NOT NULL CHECK (origin IN ('shipped', 'imported')),
    label_nl       TEXT NOT NULL,
    label_en       TEXT NOT NULL,
    definition     TEXT,
    unit           TEXT NOT NULL,
    unit_nl        TEXT,
    source         TEXT NOT NULL,
    year           TEXT,
    levels         TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('higher_is_riskier', 'lower_is_riskier', 'neutral')),
    method         TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    vintage        INTEGER NOT NULL,
    min_value      REAL,
    max_value      REAL,
    import_run_id  INTEGER
);

CREATE TABLE indicator_value (
    indicator_id TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    area_code    TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
    period       TEXT NOT NULL,
    value        REAL,
    status       TEXT NOT NULL CHECK (status IN ('observed', 'suppressed', 'missing', 'derived', 'imputed')),
    CHECK ((value IS NULL) = (status IN ('suppressed', 'missing'))),
    PRIMARY KEY (indicator_id, level, area_code, period)
) WITHOUT ROWID;

CREATE TABLE dataset_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
