-- Stores one area's generalised boundary for one zoom band (computed in Java by CoverageGeneraliser).
INSERT INTO area_generalised (vintage, level, code, band, source, geom)
VALUES (:vintage, :level, :code, :band, :source, ST_Multi(ST_GeomFromWKB(:wkb, 28992)))
