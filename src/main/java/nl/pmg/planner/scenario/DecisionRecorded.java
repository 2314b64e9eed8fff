package nl.pmg.planner.scenario;

import nl.pmg.planner.shared.AuditedEvent;

/** A programme manager decided on a scenario: adopt, reject or defer, with an optional note. */
record DecisionRecorded(String actor, String scenarioId, String decision, String note) implements AuditedEvent {

    @Override
    public String action() {
        return "decision";
    }

    @Override
    public String target() {
        return "/api/scenarios/" + scenarioId;
    }

    @Override
    public String detail() {
        return decision + (note == null || note.isEmpty() ? "" : ": " + note);
    }
}
