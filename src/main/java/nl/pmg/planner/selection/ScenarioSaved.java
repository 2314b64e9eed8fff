package nl.pmg.planner.selection;

import nl.pmg.planner.shared.AuditedEvent;

/** A scenario was run and saved, as a draft or published. */
record ScenarioSaved(String actor, long id, String name, String status) implements AuditedEvent {

    @Override
    public String action() {
        return "scenario-saved";
    }

    @Override
    public String target() {
        return "scenario " + id;
    }

    @Override
    public String detail() {
        return status + ": " + name;
    }
}
