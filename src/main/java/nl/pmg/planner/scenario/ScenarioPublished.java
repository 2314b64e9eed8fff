package nl.pmg.planner.scenario;

import nl.pmg.planner.shared.AuditedEvent;

/** A draft scenario was published: from now on everyone sees it. */
record ScenarioPublished(String actor, long id) implements AuditedEvent {

    @Override
    public String action() {
        return "scenario-published";
    }

    @Override
    public String target() {
        return "scenario " + id;
    }

    @Override
    public String detail() {
        return null;
    }
}
