package nl.pmg.planner.security;

/**
 * Failed-login counts per key (an account or a client address) within a window: kept in a bounded
 * in-memory cache by the embedded store, and in the database under PostGIS so that every instance
 * counts the same failures.
 */
interface LoginFailures {

    /** How many failures a key has in its current window, and how many seconds that window has left. */
    record Count(int failures, long secondsLeft) {

        static final Count NONE = new Count(0, 0);
    }

    /** The counts of a client address and an account, as they stand before a login. */
    record Counts(Count address, Count account) {
    }

    Count count(String key);

    /** The counts of an address and an account together (one look-up where the counts live in a database). */
    default Counts counts(String address, String account) {
        return new Counts(count(address), count(account));
    }

    /** Adds a failure; a window that has passed starts again at one. */
    void fail(String key);

    /** Forgets a key's failures (after a successful login). */
    void reset(String key);
}
