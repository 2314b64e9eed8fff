-- Views over the tables; recreated by Flyway whenever this file changes.

-- The latest period of every indicator value, as the API serves it.
CREATE OR REPLACE VIEW current_indicator_value AS
SELECT DISTINCT ON (indicator_id, level, area_code) indicator_id, level, area_code, period, value, status
FROM indicator_value
ORDER BY indicator_id, level, area_code, period DESC;

-- Programme members today (a recorded row overrides the shipped one with the same gemeente and start date).
CREATE OR REPLACE VIEW current_programme_member AS
SELECT gemeente_code, name, tranche, valid_from
FROM (SELECT DISTINCT ON (gemeente_code, valid_from) *
      FROM programme_membership
      ORDER BY gemeente_code, valid_from, origin = 'recorded' DESC) m
WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to > current_date);
