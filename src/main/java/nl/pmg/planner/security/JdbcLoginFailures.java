package nl.pmg.planner.security;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed-login counts under PostGIS (table {@code login_failure}), so that instances sharing the database
 * lock an account or address together. Time is the database's, the same for every instance. Windows that
 * have passed are deleted once a minute, so the table holds at most the keys of the last window.
 */
@Component
@Profile("postgis")
class JdbcLoginFailures implements LoginFailures {

    private static final String COUNT = "SELECT failures, ceil(extract(epoch FROM since + make_interval(secs => ?) - now()))"
            + " FROM login_failure WHERE key = ? AND since > now() - make_interval(secs => ?)";
    private static final String FAIL = "INSERT INTO login_failure (key, failures, since) VALUES (?, 1, now()) "
            + "ON CONFLICT (key) DO UPDATE SET "
            + "failures = CASE WHEN login_failure.since <= now() - make_interval(secs => ?) THEN 1 ELSE login_failure.failures + 1 END, "
            + "since = CASE WHEN login_failure.since <= now() - make_interval(secs => ?) THEN now() ELSE login_failure.since END";
    private static final String RESET = "DELETE FROM login_failure WHERE key = ?";
    private static final String EXPIRE = "DELETE FROM login_failure WHERE since <= now() - make_interval(secs => ?)";

    private final JdbcTemplate jdbc;
    private final int windowSeconds;

    JdbcLoginFailures(JdbcTemplate jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.windowSeconds = properties.lockoutSeconds();
    }

    @Override
    public Count count(String key) {
        List<Count> found = jdbc.query(COUNT, (rs, i) -> new Count(rs.getInt(1), Math.max(1, rs.getLong(2))),
                windowSeconds, key, windowSeconds);
        return found.isEmpty() ? Count.NONE : found.get(0);
    }

    @Override
    public void fail(String key) {
        jdbc.update(FAIL, key, windowSeconds, windowSeconds);
    }

    @Override
    public void reset(String key) {
        jdbc.update(RESET, key);
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void expire() {
        jdbc.update(EXPIRE, windowSeconds);
    }
}
