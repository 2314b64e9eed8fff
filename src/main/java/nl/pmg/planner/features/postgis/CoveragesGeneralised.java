package nl.pmg.planner.features.postgis;

import nl.pmg.planner.shared.AuditedEvent;

/**
 * The generalised coverages ({@code area_generalised}) were computed from the stored boundaries and written,
 * at start-up, because they had not been made from exactly these boundaries.
 */
record CoveragesGeneralised(int vintage, int rows, String source) implements AuditedEvent {

    @Override
    public String actor() {
        return "start-up";
    }

    @Override
    public String action() {
        return "coverages-generalised";
    }

    @Override
    public String target() {
        return "area_generalised " + vintage;
    }

    @Override
    public String detail() {
        return rows + " rows from boundaries " + source.substring(0, Math.min(12, source.length()));
    }
}
