-- Programme membership with history: a gemeente can join, leave and rejoin; valid_to NULL = current.
CREATE TABLE programme_membership (
    gemeente_code text NOT NULL,
    name          text NOT NULL,
    tranche       text NOT NULL,
    valid_from    date NOT NULL,
    valid_to      date,
    basis         text,
    source        text,
    PRIMARY KEY (gemeente_code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
