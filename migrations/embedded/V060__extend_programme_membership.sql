-- Programme history as the programme feature keeps it. The embedded store holds only the memberships
-- recorded through POST /api/programme/memberships (origin 'recorded'); the shipped ones stay in
-- geodata/programme/memberships.csv, and a recorded row overrides the shipped one with the same gemeente
-- and start date. Dates are ISO text.
ALTER TABLE programme_membership ADD COLUMN start_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (start_precision IN ('day', 'year'));
ALTER TABLE programme_membership ADD COLUMN funding_type TEXT;
ALTER TABLE programme_membership ADD COLUMN funding TEXT;
ALTER TABLE programme_membership ADD COLUMN origin TEXT NOT NULL DEFAULT 'recorded'
    CHECK (origin IN ('shipped', 'recorded'));
ALTER TABLE programme_membership ADD COLUMN recorded_by TEXT;
ALTER TABLE programme_membership ADD COLUMN recorded_at TEXT;
