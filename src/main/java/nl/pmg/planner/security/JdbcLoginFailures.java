package nl.pmg.planner.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.SqlResource;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed-login counts under PostGIS (table {@code login_failure}), so that instances sharing the database
 * lock an account or address together. Time is the database's, the same for every instance. Windows that
 * have passed are deleted once a minute, so the table holds at most the keys of the last window.
 * <p>
 * HTTP Basic clients pass the throttle on every request, so a count read from the database is reused for
 * {@code failure-count-cache-millis} (100 ms by default, at most 10,000 keys). A failure or reset on this
 * instance updates its copy at once (the insert returns the new count); one on another instance is seen here
 * within that time. What that time can give an attacker who spreads guesses over instances is the guesses an
 * instance checks in it — each a BCrypt round of tens of milliseconds, so one or two per processor.
 */
@Component
@Profile("postgis")
class JdbcLoginFailures implements LoginFailures {

    private static final String COUNTS = SqlResource.of(JdbcLoginFailures.class, "login-failure-counts.sql");
    private static final String FAIL = SqlResource.of(JdbcLoginFailures.class, "login-failure-add.sql");
    private static final String RESET = SqlResource.of(JdbcLoginFailures.class, "login-failure-reset.sql");
    private static final String EXPIRE = SqlResource.of(JdbcLoginFailures.class, "login-failure-expire.sql");
    private static final int MAX_CACHED = 10_000;

    private final JdbcTemplate jdbc;
    private final int windowSeconds;
    /** A count as read, and the time (this instance's clock) its window ends. */
    private final Cache<String, Read> recent;

    private record Read(Count count, long windowEndsMillis) {

        Count now() {
            long left = windowEndsMillis - System.currentTimeMillis();
            return count.failures() == 0 || left <= 0 ? Count.NONE : new Count(count.failures(), Math.max(1, (left + 999) / 1000));
        }
    }

    JdbcLoginFailures(JdbcTemplate jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.windowSeconds = properties.lockoutSeconds();
        this.recent = Caffeine.newBuilder().maximumSize(MAX_CACHED)
                .expireAfterWrite(Duration.ofMillis(Math.max(0, properties.failureCountCacheMillis()))).build();
    }

    @Override
    public Count count(String key) {
        return counts(key, key).address();
    }

    @Override
    public Counts counts(String address, String account) {
        Read a = recent.getIfPresent(address);
        Read b = recent.getIfPresent(account);
        if (a == null || b == null) {
            Map<String, Count> found = new HashMap<>();
            jdbc.query(COUNTS, rs -> {
                found.put(rs.getString(1), new Count(rs.getInt(2), Math.max(1, rs.getLong(3))));
            }, windowSeconds, address, account, windowSeconds);
            a = remember(address, found.getOrDefault(address, Count.NONE));
            b = remember(account, found.getOrDefault(account, Count.NONE));
        }
        return new Counts(a.now(), b.now());
    }

    private Read remember(String key, Count count) {
        Read read = new Read(count, System.currentTimeMillis() + count.secondsLeft() * 1000);
        recent.put(key, read);
        return read;
    }

    @Override
    public void fail(String key) {
        List<Count> now = jdbc.query(FAIL, (rs, i) -> new Count(rs.getInt(1), Math.max(1, rs.getLong(2))),
                key, windowSeconds, windowSeconds, windowSeconds);
        remember(key, now.get(0));
    }

    @Override
    public void reset(String key) {
        jdbc.update(RESET, key);
        recent.invalidate(key);
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void expire() {
        jdbc.update(EXPIRE, windowSeconds);
    }
}
