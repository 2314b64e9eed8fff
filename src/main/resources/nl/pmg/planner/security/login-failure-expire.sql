-- Housekeeping, once a minute: deletes the counts whose window has passed. Parameter: window seconds.
DELETE FROM login_failure WHERE since <= now() - make_interval(secs => ?)
