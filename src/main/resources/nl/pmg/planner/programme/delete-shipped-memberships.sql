-- Clears the shipped memberships before the geodata import writes them again; recorded ones stay.
DELETE FROM programme_membership WHERE origin = 'shipped'
