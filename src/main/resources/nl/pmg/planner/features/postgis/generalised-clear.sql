-- Drops the generalised coverages of a vintage before they are computed again from changed boundaries.
DELETE FROM area_generalised WHERE vintage = :vintage
