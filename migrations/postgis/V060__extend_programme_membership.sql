-- Programme history as the programme feature keeps it: how precise the start date is, the funding type and
-- text, and whether a row is shipped (geodata/programme/memberships.csv, replaced by every geodata import) or
-- recorded through POST /api/programme/memberships (kept across imports; it overrides a shipped row with the
-- same gemeente and start date).
ALTER TABLE programme_membership ADD COLUMN start_precision text NOT NULL DEFAULT 'day'
    CHECK (start_precision IN ('day', 'year'));
ALTER TABLE programme_membership ADD COLUMN funding_type text;
ALTER TABLE programme_membership ADD COLUMN funding text;
ALTER TABLE programme_membership ADD COLUMN origin text NOT NULL DEFAULT 'shipped'
    CHECK (origin IN ('shipped', 'recorded'));
ALTER TABLE programme_membership ADD COLUMN recorded_by text;
ALTER TABLE programme_membership ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE programme_membership DROP CONSTRAINT programme_membership_pkey;
ALTER TABLE programme_membership ADD PRIMARY KEY (gemeente_code, valid_from, origin);
