package nl.pmg.planner.store;

import nl.pmg.planner.shared.AuditedEvent;

/** The shipped geodata/ was loaded into PostGIS (on start-up or by the import command). */
record GeodataLoaded(String actor, String checksum, long rows) implements AuditedEvent {

    @Override
    public String action() {
        return "geodata-loaded";
    }

    @Override
    public String target() {
        return "geodata " + checksum.substring(0, 12);
    }

    @Override
    public String detail() {
        return rows + " rows";
    }
}
