package nl.pmg.planner.programme;

import nl.pmg.planner.shared.AuditedEvent;

/** A programme membership was recorded (joined, changed or ended) through the API. */
record MembershipRecorded(String actor, Member membership) implements AuditedEvent {

    @Override
    public String action() {
        return membership.endDate() == null ? "membership-recorded" : "membership-ended";
    }

    @Override
    public String target() {
        return "programme " + membership.code() + " " + membership.startDate();
    }

    @Override
    public String detail() {
        return membership.tranche() + " from " + membership.startDate()
                + (membership.endDate() == null ? "" : " until " + membership.endDate()) + "; source: "
                + membership.source();
    }
}
