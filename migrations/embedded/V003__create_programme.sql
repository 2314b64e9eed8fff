-- Programme membership with history (valid_to NULL = current); empty until edited, the shipped
-- membership is read from geodata/programme/.
CREATE TABLE programme_membership (
    gemeente_code TEXT NOT NULL,
    name          TEXT NOT NULL,
    tranche       TEXT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    basis         TEXT,
    source        TEXT,
    PRIMARY KEY (gemeente_code, valid_from)
);
