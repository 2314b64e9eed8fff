-- Scenarios and the decisions taken on them (used by the selection and monitoring features).
CREATE TABLE scenario (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    document    TEXT NOT NULL
);

CREATE TABLE decision (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    area_code    TEXT NOT NULL,
    decision     TEXT NOT NULL,
    note         TEXT,
    decided_by   TEXT NOT NULL,
    decided_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX decision_scenario ON decision (scenario_id);
