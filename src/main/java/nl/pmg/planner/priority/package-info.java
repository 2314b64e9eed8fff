/**
 * Priority areas inside one municipality, the second stage after {@code selection} picks municipalities: its top
 * wijken and buurten by a lens — "waar jongeren wonen" (residential, the default: eligible areas only, by need or
 * need × reach) or "waar incidenten plaatsvinden" (incidents: by crime count or per km²) — each with its residents
 * and young residents, and the local Moran's I hot spots of the residential score (at least 3 neighbours).
 * {@code GET /api/selections/{code}/priority-areas} is the entry point; every figure passes the disclosure path.
 */
package nl.pmg.planner.priority;
