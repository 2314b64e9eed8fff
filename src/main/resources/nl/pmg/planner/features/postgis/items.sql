-- One page of the areas of a level, ordered by code, and how many match in all. Filters: a bbox (WKB in
-- :bbox_srid, transformed to RD New here so the GiST index on area.geom is used), a gemeente, one code.
-- Geometry: the band's generalised coverage (area_generalised) or the full boundary, transformed to :srid,
-- axes swapped for latitude-first CRSs (EPSG:4326, EPSG:4258), written as GeoJSON by PostgreSQL.
WITH matched AS (
    SELECT a.vintage, a.code, a.geom
    FROM area a
    WHERE a.vintage = :vintage AND a.level = :level
      AND (CAST(:gemeente AS text) IS NULL OR a.gemeente_code = :gemeente)
      AND (CAST(:code AS text) IS NULL OR a.code = :code)
      AND (CAST(:bbox AS bytea) IS NULL OR ST_Intersects(a.geom, ST_Transform(ST_GeomFromWKB(:bbox, :bbox_srid), 28992)))
), page AS (
    SELECT m.code,
           CASE WHEN m.geom IS NULL THEN 'null' ELSE ST_AsGeoJSON(
               CASE WHEN :lat_lon THEN ST_FlipCoordinates(ST_Transform(coalesce(g.geom, m.geom), :srid))
                    ELSE ST_Transform(coalesce(g.geom, m.geom), :srid) END, :decimals) END AS geometry
    FROM matched m
    LEFT JOIN area_generalised g ON g.vintage = m.vintage AND g.band = :band AND g.code = m.code
    ORDER BY m.code
    LIMIT :limit OFFSET :offset
)
SELECT (SELECT count(*) FROM matched) AS matched, page.code, page.geometry
FROM (SELECT 1) AS one LEFT JOIN page ON true
ORDER BY page.code
