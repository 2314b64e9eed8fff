package nl.pmg.planner.security;

import nl.pmg.planner.shared.AuditedEvent;

/** A user account was removed (a demo user still on its published password, outside demo mode). */
record UserRemoved(String actor, String username, String reason) implements AuditedEvent {

    @Override
    public String action() {
        return "user-removed";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return reason;
    }
}
