-- One page of the areas of a level, ordered by code, and how many match in all. Filters: a bbox (WKB in
-- :bbox_srid, transformed to RD New here so the GiST index on area.geom is used), a gemeente, one code.
-- The page is chosen on codes alone (no geometry read), then only its rows get their geometry: the band's
-- generalised coverage (area_generalised) or the full boundary, transformed to :srid, axes swapped for
-- latitude-first CRSs (EPSG:4326, EPSG:4258), written as GeoJSON by PostgreSQL.
WITH matched AS NOT MATERIALIZED (
    SELECT a.code
    FROM area a
    WHERE a.vintage = :vintage AND a.level = :level
      AND (CAST(:gemeente AS text) IS NULL OR a.gemeente_code = :gemeente)
      AND (CAST(:code AS text) IS NULL OR a.code = :code)
      AND (CAST(:bbox AS bytea) IS NULL OR ST_Intersects(a.geom, ST_Transform(ST_GeomFromWKB(:bbox, :bbox_srid), 28992)))
), page AS (
    SELECT code FROM matched ORDER BY code COLLATE "C" LIMIT :limit OFFSET :offset
)
SELECT (SELECT count(*) FROM matched) AS matched, p.code,
       CASE WHEN a.geom IS NULL THEN 'null' ELSE ST_AsGeoJSON(
           CASE WHEN :lat_lon THEN ST_FlipCoordinates(ST_Transform(coalesce(g.geom, a.geom), :srid))
                ELSE ST_Transform(coalesce(g.geom, a.geom), :srid) END, :decimals) END AS geometry
FROM (SELECT 1) AS one
LEFT JOIN page p ON true
LEFT JOIN area a ON a.vintage = :vintage AND a.code = p.code
LEFT JOIN area_generalised g ON g.vintage = :vintage AND g.band = :band AND g.code = p.code
ORDER BY p.code COLLATE "C"
