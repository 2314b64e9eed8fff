-- Programme memberships of one origin ('shipped' or 'recorded'), oldest first; dates as ISO text in both stores.
SELECT gemeente_code, name, tranche, CAST(valid_from AS TEXT) AS valid_from, CAST(valid_to AS TEXT) AS valid_to,
       start_precision, basis, funding_type, funding, source, origin
FROM programme_membership
WHERE origin = ?
ORDER BY valid_from, gemeente_code
