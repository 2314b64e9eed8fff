package nl.pmg.planner.imports;

import nl.pmg.planner.shared.AuditedEvent;

/** An indicator table was imported: its values replace the earlier import of the same indicator. */
record IndicatorTableImported(String actor, long runId, String indicator, long rows, String fileName)
        implements AuditedEvent {

    @Override
    public String action() {
        return "indicators-imported";
    }

    @Override
    public String target() {
        return "indicator " + indicator;
    }

    @Override
    public String detail() {
        return "import " + runId + ": " + rows + " rows from " + fileName;
    }
}
