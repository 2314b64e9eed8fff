-- Area divisions by vintage (CBS year of the division): gemeente, wijk, buurt with their parents,
-- the gemeente's regions, the full RD New boundary and a pre-generalised copy for small map scales.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE area (
    vintage              integer NOT NULL,
    level                text    NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
    code                 text    NOT NULL,
    name                 text    NOT NULL,
    gemeente_code        text    NOT NULL,
    wijk_code            text,
    parent_code          text,
    province_code        text,
    province_name        text,
    vr_code              text,
    vr_name              text,
    re_code              text,
    re_name              text,
    riec_name            text,
    approximate_boundary boolean NOT NULL DEFAULT false,
    geom                 geometry(MultiPolygon, 28992),
    -- simplified with a 100 m tolerance: enough for national and provincial views
    geom_small           geometry(MultiPolygon, 28992),
    PRIMARY KEY (vintage, code)
);
CREATE INDEX area_vintage_level ON area (vintage, level);
CREATE INDEX area_geom_gist ON area USING gist (geom);
CREATE INDEX area_geom_small_gist ON area USING gist (geom_small);
