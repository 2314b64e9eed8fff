-- Clears the as-of data sets before the geodata import writes them again (values go by cascade).
DELETE FROM asof_dataset
