-- Failed-login count of one key (an account or a client address) in its current window, and the seconds
-- that window has left; no row when the key has no failures in a window that is still open.
-- Parameters: window seconds, key, window seconds.
SELECT failures, ceil(extract(epoch FROM since + make_interval(secs => ?) - now()))
FROM login_failure
WHERE key = ? AND since > now() - make_interval(secs => ?)
