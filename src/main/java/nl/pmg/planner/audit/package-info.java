/**
 * The audit trail: who changed what and when, recorded from the domain events every change
 * publishes ({@link nl.pmg.planner.shared.AuditedEvent}) and from logins, as an append-only,
 * SHA-256-chained table whose head is anchored where the service's own database role cannot
 * rewrite it.
 */
package nl.pmg.planner.audit;
