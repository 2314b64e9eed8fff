-- A running import's heartbeat: the instance running it refreshes heartbeat_at every few seconds, and any
-- instance marks a run whose heartbeat stopped (its process was killed) as failed. The data of such a run was
-- never committed; only its record said 'running' for ever.
ALTER TABLE import_run ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX import_run_running ON import_run (heartbeat_at) WHERE outcome = 'running';
