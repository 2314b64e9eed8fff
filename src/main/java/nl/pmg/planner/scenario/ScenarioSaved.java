package nl.pmg.planner.scenario;

import nl.pmg.planner.shared.AuditedEvent;

/** A scenario was run and saved under a name, as a draft or published. */
record ScenarioSaved(String actor, long id, String name, String dataVintage, int added, String status)
        implements AuditedEvent {

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
        return status + ": '" + name + "', " + added + " added, data " + dataVintage;
    }
}
