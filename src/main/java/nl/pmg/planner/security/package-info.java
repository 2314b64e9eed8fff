/**
 * Who may see and do what: roles (programme manager, analyst, municipality bound to one gemeente,
 * anonymous public), form login for the browser and HTTP Basic for the API, users in the store with
 * BCrypt hashes, sessions, and the hardening around them (CSRF, headers, failed-login throttling,
 * upload limits). What the roles may see of area values is {@code disclosure}; what they did is {@code audit}.
 */
package nl.pmg.planner.security;
