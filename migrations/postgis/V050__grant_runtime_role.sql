-- Two roles: the migration role (this one, current_user) owns the schema and runs Flyway; the runtime role
-- (placeholder runtime_role = spring.datasource.username) is what the service connects as. It gets only the
-- DML it needs: no TRUNCATE, no DDL, no ownership, so it can neither disable triggers nor rewrite the audit
-- trail (V051 takes UPDATE and DELETE on it away again). Default privileges give tables and sequences that
-- later migrations create the same grants. With a single role (runtime_role = current_user) nothing changes.
DO $$
DECLARE
    runtime text := '${runtime_role}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'runtime role % is the migration role: no separate grants', runtime;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RAISE EXCEPTION 'runtime role % does not exist: create it first (see .ci/postgis-up and the README)', runtime;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
        runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', runtime);
END
$$;
