package nl.pmg.planner.security;

import java.util.List;
import nl.pmg.planner.shared.SqlResource;
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

    private static final String COUNT = SqlResource.of(JdbcLoginFailures.class, "login-failure-count.sql");
    private static final String COUNTS = SqlResource.of(JdbcLoginFailures.class, "login-failure-counts.sql");
    private static final String FAIL = SqlResource.of(JdbcLoginFailures.class, "login-failure-add.sql");
    private static final String RESET = SqlResource.of(JdbcLoginFailures.class, "login-failure-reset.sql");
    private static final String EXPIRE = SqlResource.of(JdbcLoginFailures.class, "login-failure-expire.sql");

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
    public Counts counts(String address, String account) {
        Count[] found = {Count.NONE, Count.NONE};
        jdbc.query(COUNTS, rs -> {
            Count c = new Count(rs.getInt(2), Math.max(1, rs.getLong(3)));
            found[rs.getString(1).equals(address) ? 0 : 1] = c;
        }, windowSeconds, address, account, windowSeconds);
        return new Counts(found[0], found[1]);
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
