-- Failed logins per key (a digest of an account name, or a client address) in the current window, shared by
-- every instance on this database; rows whose window has passed are deleted by the service once a minute.
CREATE TABLE login_failure (
    key       text        PRIMARY KEY,
    failures  integer     NOT NULL,
    since     timestamptz NOT NULL
);
