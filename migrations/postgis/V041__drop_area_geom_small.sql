-- geom_small (one 100 m simplification per area, borders not shared) was written but never read; the
-- generalised coverages in area_generalised replace it.
DROP INDEX IF EXISTS area_geom_small_gist;
ALTER TABLE area DROP COLUMN geom_small;
