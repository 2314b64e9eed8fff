-- One as-of data set (e.g. asof-2024) with the licence line of its catalogue.
INSERT INTO asof_dataset (id, licence) VALUES (?, ?)
