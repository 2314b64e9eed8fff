-- Scenarios (a saved choice of framework, weights and selection) and the decisions taken on them.
-- Used by the selection and monitoring features; kept here so every instance shares them.
CREATE TABLE scenario (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    document    text NOT NULL
);

CREATE TABLE decision (
    id           bigserial PRIMARY KEY,
    scenario_id  bigint NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    area_code    text NOT NULL,
    decision     text NOT NULL,
    note         text,
    decided_by   text NOT NULL,
    decided_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decision_scenario ON decision (scenario_id);
