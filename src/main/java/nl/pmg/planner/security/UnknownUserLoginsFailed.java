package nl.pmg.planner.security;

import nl.pmg.planner.shared.AuditedEvent;

/**
 * Failed logins as users that do not exist, summed over a period: one row however many there were, and no
 * names (they are often passwords typed in the wrong field), only how many attempts, names and addresses.
 */
record UnknownUserLoginsFailed(long attempts, long names, long addresses, String from, String until)
        implements AuditedEvent {

    @Override
    public String actor() {
        return null;
    }

    @Override
    public String action() {
        return "login-failed-unknown-users";
    }

    @Override
    public String target() {
        return from + "/" + until;
    }

    @Override
    public String detail() {
        return attempts + " attempts with " + names + " different names from " + addresses + " addresses";
    }
}
