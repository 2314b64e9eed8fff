-- The indicator catalogue (shipped and imported) and one value per indicator, area and period.
-- A value that is not there has status suppressed or missing and a NULL value, never 0.
CREATE TABLE indicator (
    id             text PRIMARY KEY,
    origin         text NOT NULL CHECK (origin IN ('shipped', 'imported')),
    label_nl       text NOT NULL,
    label_en       text NOT NULL,
    definition     text,
    unit           text NOT NULL,
    unit_nl        text,
    source         text NOT NULL,
    year           text,
    levels         text NOT NULL,
    direction      text NOT NULL CHECK (direction IN ('higher_is_riskier', 'lower_is_riskier', 'neutral')),
    method         text,
    position       integer NOT NULL DEFAULT 0,
    vintage        integer NOT NULL,
    min_value      double precision,
    max_value      double precision,
    import_run_id  bigint
);

CREATE TABLE indicator_value (
    indicator_id text NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    area_code    text NOT NULL,
    level        text NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
    period       text NOT NULL,
    value        double precision CHECK (value IS NULL OR value NOT IN ('NaN', 'Infinity', '-Infinity')),
    status       text NOT NULL CHECK (status IN ('observed', 'suppressed', 'missing', 'derived', 'imputed')),
    CHECK ((value IS NULL) = (status IN ('suppressed', 'missing'))),
    PRIMARY KEY (indicator_id, level, area_code, period)
);

-- Free-form settings of the data set, e.g. its licence text.
CREATE TABLE dataset_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
