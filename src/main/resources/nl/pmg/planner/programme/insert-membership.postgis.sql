-- Stores one membership in PostGIS (shipped by the geodata import, or recorded); dates arrive as ISO text.
INSERT INTO programme_membership (gemeente_code, name, tranche, valid_from, start_precision, valid_to, basis,
    funding_type, funding, source, origin, recorded_by)
VALUES (?, ?, ?, CAST(? AS DATE), ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?)
