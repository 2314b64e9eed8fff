-- Clears the monitor series before the geodata import writes them again.
DELETE FROM monitor_series
