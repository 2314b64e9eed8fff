-- Users of the planner (package security): BCrypt hashes only; role PROGRAMME_MANAGER, ANALYST or
-- MUNICIPALITY (then bound to one gemeente code).
CREATE TABLE planner_user (
    username       text PRIMARY KEY,
    password_hash  text NOT NULL,
    role           text NOT NULL,
    gemeente       text,
    created_at     text NOT NULL
);

-- The append-only audit trail: logins, failed logins, imports, scenario saves, decisions. Each
-- checksum is SHA-256 over the previous checksum and this row, so a changed or removed row shows.
CREATE TABLE audit_event (
    id        bigserial PRIMARY KEY,
    at        text NOT NULL,
    username  text,
    action    text NOT NULL,
    target    text,
    detail    text,
    checksum  text NOT NULL
);

-- Append-only in the database too: updates and deletes are refused.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
