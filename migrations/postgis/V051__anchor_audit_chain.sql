-- The audit chain, kept by the database: every event gets its place (seq) and its checksum (SHA-256 over the
-- previous event's checksum and this event's fields) from a trigger that runs with the migration role's
-- rights, and the anchor keeps the number of events and the last checksum. The runtime role may read both
-- and insert events, nothing else: it cannot delete, update, truncate or disable triggers, and a privileged
-- role that does shows up as a break (rows missing, rows changed, or fewer rows than the anchor counts).
-- The anchor row is locked by each insert until its transaction ends, so writers on several instances
-- append one after another and the chain stays whole.
CREATE TABLE audit_anchor (
    id        integer PRIMARY KEY CHECK (id = 1),
    events    bigint  NOT NULL,
    head      text    NOT NULL
);

ALTER TABLE audit_event ADD COLUMN seq bigint;
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change;
UPDATE audit_event e SET seq = n.seq FROM (SELECT id, row_number() OVER (ORDER BY id) AS seq FROM audit_event) n
WHERE e.id = n.id;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change;
CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq);
INSERT INTO audit_anchor (id, events, head)
SELECT 1, count(*), coalesce((SELECT checksum FROM audit_event ORDER BY id DESC LIMIT 1), '') FROM audit_event;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    -- one statement: take the next place and chain onto the previous checksum (the anchor row stays locked)
    UPDATE audit_anchor SET events = events + 1,
        head = encode(sha256(convert_to(concat_ws(chr(31), head, NEW.at, coalesce(NEW.username, 'null'), NEW.action,
            coalesce(NEW.target, 'null'), coalesce(NEW.detail, 'null')), 'UTF8')), 'hex')
    WHERE id = 1 RETURNING events, head INTO NEW.seq, NEW.checksum;
    RETURN NEW;
END;
$$;
REVOKE ALL ON FUNCTION audit_event_chain() FROM PUBLIC;
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

DO $$
DECLARE
    runtime text := '${runtime_role}';
BEGIN
    IF runtime <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', runtime);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_anchor FROM %I', runtime);
        EXECUTE format('GRANT SELECT ON audit_anchor TO %I', runtime);
    END IF;
END
$$;
