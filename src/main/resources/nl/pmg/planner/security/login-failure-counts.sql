-- Failed-login counts of a client address and an account in one round trip: the throttle checks both before
-- every login, and HTTP Basic clients log in on every request. One row per key that has failures in a window
-- that is still open. Parameters: window seconds, address key, account key, window seconds.
SELECT key, failures, ceil(extract(epoch FROM since + make_interval(secs => ?) - now()))
FROM login_failure
WHERE key IN (?, ?) AND since > now() - make_interval(secs => ?)
