-- The licence line of one as-of data set.
SELECT licence FROM asof_dataset WHERE id = ?
