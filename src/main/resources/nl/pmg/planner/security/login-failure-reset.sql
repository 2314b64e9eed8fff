-- Forgets a key's failed logins (after a successful login). Parameter: key.
DELETE FROM login_failure WHERE key = ?
