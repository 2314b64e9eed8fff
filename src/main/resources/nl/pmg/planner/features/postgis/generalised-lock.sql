-- Serialises the generalisation of a vintage between instances starting together (released at commit).
SELECT pg_advisory_xact_lock(7370326551000 + :vintage)
