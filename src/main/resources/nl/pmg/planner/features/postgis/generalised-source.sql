-- Whether the generalised coverages of a vintage were computed from exactly these boundaries: the number of
-- stored rows made from input :source (a SHA-256 over every area's code and geometry).
SELECT count(*) FROM area_generalised WHERE vintage = :vintage AND source = :source
