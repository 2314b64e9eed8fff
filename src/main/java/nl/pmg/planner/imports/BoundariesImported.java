package nl.pmg.planner.imports;

import nl.pmg.planner.shared.AuditedEvent;

/** The boundaries of a division were imported: they replace the vintage's earlier areas. */
record BoundariesImported(String actor, long runId, int vintage, long areas, String fileName) implements AuditedEvent {

    @Override
    public String action() {
        return "boundaries-imported";
    }

    @Override
    public String target() {
        return "division " + vintage;
    }

    @Override
    public String detail() {
        return "import " + runId + ": " + areas + " areas from " + fileName;
    }
}
