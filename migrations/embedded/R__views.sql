-- Views over the tables; recreated by Flyway whenever this file changes.

-- The latest period of every indicator value, as the API serves it.
DROP VIEW IF EXISTS current_indicator_value;
CREATE VIEW current_indicator_value AS
SELECT v.indicator_id, v.level, v.area_code, v.period, v.value, v.status
FROM indicator_value v
WHERE v.period = (SELECT max(w.period) FROM indicator_value w
                  WHERE w.indicator_id = v.indicator_id AND w.level = v.level AND w.area_code = v.area_code);
