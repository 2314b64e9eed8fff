package nl.pmg.planner.security;

import nl.pmg.planner.shared.AuditedEvent;

/** A user signed in through the login form (API calls with HTTP Basic are not recorded one by one). */
record LoginSucceeded(String actor) implements AuditedEvent {

    @Override
    public String action() {
        return "login";
    }

    @Override
    public String target() {
        return "/login";
    }

    @Override
    public String detail() {
        return "form login";
    }
}
