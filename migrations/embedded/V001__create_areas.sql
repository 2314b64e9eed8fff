-- Embedded store (SQLite): divisions imported for other vintages. The shipped 2024 division is read
-- from geodata/areas_2024.gpkg and not copied here. Geometry is WKB in RD New (EPSG:28992).
CREATE TABLE area (
    vintage              INTEGER NOT NULL,
    level                TEXT    NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
    code                 TEXT    NOT NULL,
    name                 TEXT    NOT NULL,
    gemeente_code        TEXT    NOT NULL,
    wijk_code            TEXT,
    parent_code          TEXT,
    approximate_boundary INTEGER NOT NULL DEFAULT 0,
    geom_wkb             BLOB,
    -- simplified with a 100 m tolerance, as in PostGIS
    geom_small_wkb       BLOB,
    PRIMARY KEY (vintage, code)
);
CREATE INDEX area_vintage_level ON area (vintage, level);
