-- Users of the planner (package security): BCrypt hashes only; role PROGRAMME_MANAGER, ANALYST or
-- MUNICIPALITY (then bound to one gemeente code).
CREATE TABLE planner_user (
    username       TEXT PRIMARY KEY,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL,
    gemeente       TEXT,
    created_at     TEXT NOT NULL
);

-- The append-only audit trail: logins, failed logins, imports, scenario saves, decisions. Each
-- checksum is SHA-256 over the previous checksum and this row, so a changed or removed row shows.
CREATE TABLE audit_event (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    username  TEXT,
    action    TEXT NOT NULL,
    target    TEXT,
    detail    TEXT,
    checksum  TEXT NOT NULL
);
