-- The audit chain's place (seq) per event and its anchor: the number of events and the last checksum,
-- written in the same transaction as each event, so that rows removed from the end show as a break too.
-- (The embedded store is one process and one file; PostGIS keeps the chain in the database itself.)
CREATE TABLE audit_anchor (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    events    INTEGER NOT NULL,
    head      TEXT    NOT NULL
);

ALTER TABLE audit_event ADD COLUMN seq INTEGER;
UPDATE audit_event SET seq = (SELECT count(*) FROM audit_event e WHERE e.id <= audit_event.id);
CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq);
INSERT INTO audit_anchor (id, events, head)
VALUES (1, (SELECT count(*) FROM audit_event), coalesce((SELECT checksum FROM audit_event ORDER BY id DESC LIMIT 1), ''));

-- Append-only here too: updates and deletes are refused.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
