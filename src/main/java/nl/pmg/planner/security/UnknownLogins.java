package nl.pmg.planner.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sums failed logins as unknown users and writes them to the audit trail as one event per period (a minute
 * by default, {@code planner.security.unknown-login-report-seconds}), so a flood of made-up names cannot
 * flood the trail. Memory is bounded: at most {@link #MAX_DISTINCT} name digests and addresses are told
 * apart per period; beyond that only the attempts are counted.
 */
@Component
class UnknownLogins {

    static final int MAX_DISTINCT = 10_000;

    private final ApplicationEventPublisher events;
    private long attempts;
    private final Set<String> names = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();
    private long namesBeyond;
    private Instant since = Instant.now();

    UnknownLogins(ApplicationEventPublisher events) {
        this.events = events;
    }

    synchronized void add(String nameDigest, String address) {
        attempts++;
        if (names.size() < MAX_DISTINCT) {
            names.add(nameDigest);
        } else if (!names.contains(nameDigest)) {
            namesBeyond++;
        }
        if (addresses.size() < MAX_DISTINCT) {
            addresses.add(address);
        }
    }

    /** Writes what was summed since the last report, if anything. */
    @Scheduled(fixedDelayString = "${planner.security.unknown-login-report-seconds:60}000",
            initialDelayString = "${planner.security.unknown-login-report-seconds:60}000")
    void report() {
        UnknownUserLoginsFailed event;
        synchronized (this) {
            Instant now = Instant.now();
            if (attempts == 0) {
                since = now;
                return;
            }
            event = new UnknownUserLoginsFailed(attempts, names.size() + namesBeyond, addresses.size(),
                    since.toString(), now.toString());
            attempts = 0;
            namesBeyond = 0;
            names.clear();
            addresses.clear();
            since = now;
        }
        events.publishEvent(event);
    }

    /** What is summed so far is written before the service stops. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        report();
    }
}
