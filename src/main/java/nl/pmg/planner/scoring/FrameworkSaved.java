package nl.pmg.planner.scoring;

import nl.pmg.planner.shared.AuditedEvent;

/** A new version of a risk-index framework was saved. */
record FrameworkSaved(String actor, String id, String version) implements AuditedEvent {

    @Override
    public String action() {
        return "framework-saved";
    }

    @Override
    public String target() {
        return "framework " + id + " " + version;
    }

    @Override
    public String detail() {
        return null;
    }
}
