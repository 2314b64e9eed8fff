package nl.pmg.planner.security;

/** The roles of the planner; anonymous visitors have none. */
public enum Role {
    /** Everything, including saving decisions and reading the audit trail. */
    PROGRAMME_MANAGER,
    /** Imports indicators, runs any scoring or selection, saves scenarios; full detail everywhere. */
    ANALYST,
    /** Full wijk/buurt detail of its own gemeente; elsewhere gemeente level only. */
    MUNICIPALITY;

    String authority() {
        return "ROLE_" + name();
    }
}
