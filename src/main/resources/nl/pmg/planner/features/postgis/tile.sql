-- One Mapbox Vector Tile of a level: the areas meeting the buffered tile (the tile, densified, transformed to
-- RD New so the GiST index on area.geom is used), with the band's generalised coverage or the full boundary,
-- transformed to the tile matrix set's CRS (:srid), clipped and quantised to the 4096-unit grid by
-- ST_AsMVTGeom, encoded by ST_AsMVT in code order. Properties: code, and name when :with_names (a NULL is not
-- written), never values.
WITH tile AS (
    SELECT ST_MakeEnvelope(:xmin, :ymin, :xmax, :ymax, :srid) AS env,
           ST_Transform(ST_Segmentize(ST_MakeEnvelope(:bxmin, :bymin, :bxmax, :bymax, :srid), (:bxmax - :bxmin) / 8),
                        28992) AS rd
), features AS (
    SELECT a.code, CASE WHEN :with_names THEN a.name END AS name,
           ST_AsMVTGeom(ST_Transform(coalesce(g.geom, a.geom), :srid), tile.env, 4096, 64, true) AS geom
    FROM tile
    JOIN area a ON a.vintage = :vintage AND a.level = :level AND a.geom && tile.rd
    LEFT JOIN area_generalised g ON g.vintage = a.vintage AND g.band = :band AND g.code = a.code
)
SELECT ST_AsMVT(features, :layer, 4096, 'geom' ORDER BY features.code)
FROM features
WHERE features.geom IS NOT NULL
