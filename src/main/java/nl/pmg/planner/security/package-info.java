/**
 * Who may see and do what: roles (programme manager, analyst, municipality bound to one gemeente,
 * anonymous public), form login for the browser and HTTP Basic for the API, users in the store with
 * BCrypt hashes, the one {@link nl.pmg.planner.security.Disclosure} rule for small numbers and
 * wijk/buurt detail, the append-only audit trail, and the hardening around them (CSRF, headers,
 * failed-login throttling, upload limits).
 */
package nl.pmg.planner.security;
