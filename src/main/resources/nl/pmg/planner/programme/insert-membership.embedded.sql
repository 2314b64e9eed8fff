-- Stores one recorded membership in the embedded store; dates are ISO text ('2024-04-04').
INSERT INTO programme_membership (gemeente_code, name, tranche, valid_from, start_precision, valid_to, basis,
    funding_type, funding, source, origin, recorded_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
