-- Removes the recorded membership of a gemeente with this start date, before it is recorded anew.
DELETE FROM programme_membership
WHERE origin = 'recorded' AND gemeente_code = ? AND CAST(valid_from AS TEXT) = ?
