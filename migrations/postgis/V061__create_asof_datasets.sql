-- The as-of data sets (geodata/asof-2023, geodata/asof-2024): gemeente indicators as they could be known at
-- an earlier date, for replays and asOf selections. Loaded with the geodata import, so that under postgis
-- nothing is read from geodata/ at run time.
CREATE TABLE asof_dataset (
    id      text PRIMARY KEY,
    licence text
);

CREATE TABLE asof_indicator (
    dataset          text NOT NULL REFERENCES asof_dataset (id) ON DELETE CASCADE,
    id               text NOT NULL,
    label_nl         text NOT NULL,
    label_en         text NOT NULL,
    definition       text,
    unit             text,
    unit_nl          text,
    source           text,
    year             text,
    levels           text NOT NULL,
    direction        text NOT NULL,
    method           text,
    later_than_as_of boolean NOT NULL,
    position         integer NOT NULL,
    PRIMARY KEY (dataset, id)
);

CREATE TABLE asof_indicator_value (
    dataset      text NOT NULL,
    indicator_id text NOT NULL,
    area_code    text NOT NULL,
    value        double precision,
    status       text NOT NULL,
    PRIMARY KEY (dataset, indicator_id, area_code),
    FOREIGN KEY (dataset, indicator_id) REFERENCES asof_indicator (dataset, id) ON DELETE CASCADE
);
