-- Generalised boundaries per zoom band for serving (package features): each level simplified as a coverage,
-- so neighbours keep their shared borders, once per band (band = the band's lowest Web Mercator zoom: 7, 8,
-- 10, 12). Computed once from the stored boundaries of a vintage; source is the SHA-256 of that input, so a
-- changed division is generalised again and an unchanged one never.
CREATE TABLE area_generalised (
    vintage  integer NOT NULL,
    level    text    NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
    code     text    NOT NULL,
    band     integer NOT NULL,
    source   text    NOT NULL,
    geom     geometry(MultiPolygon, 28992) NOT NULL,
    PRIMARY KEY (vintage, band, code)
);
CREATE INDEX area_generalised_geom_gist ON area_generalised USING gist (geom);

-- Paging of items by code within a level (ORDER BY code COLLATE "C", the order the embedded engine uses too).
CREATE INDEX area_vintage_level_code ON area (vintage, level, code COLLATE "C");
