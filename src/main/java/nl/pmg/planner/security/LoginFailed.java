package nl.pmg.planner.security;

import nl.pmg.planner.shared.AuditedEvent;

/**
 * A login as an existing user failed. At most {@code max-failed-logins} of these per account and window
 * reach the trail: after that the account is locked and attempts are refused before they are checked.
 */
record LoginFailed(String actor, String reason) implements AuditedEvent {

    @Override
    public String action() {
        return "login-failed";
    }

    @Override
    public String target() {
        return "user " + actor;
    }

    @Override
    public String detail() {
        return reason;
    }
}
