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

    Count count(String key);

    /** Adds a failure; a window that has passed starts again at one. */
    void fail(String key);

    /** Forgets a key's failures (after a successful login). */
    void reset(String key);
}
