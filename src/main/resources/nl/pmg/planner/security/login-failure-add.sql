-- Adds a failed login to a key's count; a window that has passed starts again at one, now. Returns the count
-- and the seconds its window has left, so this instance knows them without reading again.
-- Parameters: key, window seconds, window seconds, window seconds.
INSERT INTO login_failure (key, failures, since) VALUES (?, 1, now())
ON CONFLICT (key) DO UPDATE SET
  failures = CASE WHEN login_failure.since <= now() - make_interval(secs => ?) THEN 1 ELSE login_failure.failures + 1 END,
  since = CASE WHEN login_failure.since <= now() - make_interval(secs => ?) THEN now() ELSE login_failure.since END
RETURNING failures, ceil(extract(epoch FROM since + make_interval(secs => ?) - now()))
