package nl.pmg.planner.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Failed-login counts of the embedded store (one process): a Caffeine cache of at most
 * {@link #MAX_KEYS} keys, each dropped when its window ends, so no flood of names or addresses can grow
 * the heap. Keys are fixed-length digests or addresses, never the names as sent.
 */
@Component
@Profile("!postgis")
class MemoryLoginFailures implements LoginFailures {

    static final int MAX_KEYS = 50_000;

    private record Window(int failures, long since) {
    }

    private final Cache<String, Window> windows;
    private final long windowMillis;

    MemoryLoginFailures(SecurityProperties properties) {
        this.windowMillis = properties.lockoutSeconds() * 1000L;
        this.windows = Caffeine.newBuilder().maximumSize(MAX_KEYS)
                .expireAfterWrite(Duration.ofMillis(windowMillis)).build();
    }

    @Override
    public Count count(String key) {
        Window w = windows.getIfPresent(key);
        long now = System.currentTimeMillis();
        if (w == null || now - w.since() >= windowMillis) {
            return Count.NONE;
        }
        return new Count(w.failures(), Math.max(1, (windowMillis - (now - w.since()) + 999) / 1000));
    }

    @Override
    public void fail(String key) {
        long now = System.currentTimeMillis();
        windows.asMap().compute(key, (k, w) -> w == null || now - w.since() >= windowMillis ? new Window(1, now)
                : new Window(w.failures() + 1, w.since()));
    }

    @Override
    public void reset(String key) {
        windows.invalidate(key);
    }

    long size() {
        windows.cleanUp();
        return windows.estimatedSize();
    }
}
