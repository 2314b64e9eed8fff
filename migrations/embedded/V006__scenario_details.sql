-- Saved scenarios: a free-text description, the data vintage the selection ran on ('latest' or an as-of data
-- set such as 'asof-2023'), and the selected gemeente codes (comma-separated) kept beside the document so
-- that listing scenarios needs no parsing of every document.
ALTER TABLE scenario ADD COLUMN description TEXT;
ALTER TABLE scenario ADD COLUMN data_vintage TEXT NOT NULL DEFAULT 'latest';
ALTER TABLE scenario ADD COLUMN selected TEXT NOT NULL DEFAULT '';
