-- Scenarios are drafts (visible to their author and programme managers) or published (visible to everyone,
-- as every scenario was before). Existing scenarios stay published.
ALTER TABLE scenario ADD COLUMN status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));
