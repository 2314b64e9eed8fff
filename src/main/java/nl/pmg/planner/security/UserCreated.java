package nl.pmg.planner.security;

import nl.pmg.planner.shared.AuditedEvent;

/** A user account was created (the first administrator, or a demo user in demo mode). */
record UserCreated(String actor, String username, Role role, String gemeente) implements AuditedEvent {

    @Override
    public String action() {
        return "user-created";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return role.name() + (gemeente == null ? "" : " " + gemeente);
    }
}
