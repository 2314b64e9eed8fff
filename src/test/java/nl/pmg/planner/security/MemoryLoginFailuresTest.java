package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-memory throttle state is bounded whatever is thrown at it (finding 2 of #13). */
class MemoryLoginFailuresTest {

    private static SecurityProperties properties() {
        return new SecurityProperties(false, null, null, 10, 100, 300, 60, 30, 100, 536870912L, 1048576L);
    }

    @Test
    void keepsAtMostItsBoundOfKeysAndNoNameAsSent() {
        MemoryLoginFailures failures = new MemoryLoginFailures(properties());
        for (int i = 0; i < 3 * MemoryLoginFailures.MAX_KEYS; i++) {
            failures.fail(LoginThrottle.accountKey("user-" + i + "-" + "x".repeat(200)));
        }
        assertThat(failures.size()).isLessThanOrEqualTo(MemoryLoginFailures.MAX_KEYS);
        assertThat(LoginThrottle.accountKey("x".repeat(1_500_000))).hasSize("account:".length() + 32);
    }

    @Test
    void countsWithinTheWindowAndForgetsOnReset() {
        MemoryLoginFailures failures = new MemoryLoginFailures(properties());
        for (int i = 0; i < 3; i++) {
            failures.fail("account:a");
        }
        assertThat(failures.count("account:a").failures()).isEqualTo(3);
        assertThat(failures.count("account:a").secondsLeft()).isBetween(1L, 300L);
        failures.reset("account:a");
        assertThat(failures.count("account:a").failures()).isZero();
    }

    @Test
    void countsAnIpv6AddressByItsSlash64() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:3:4:5:6")).isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::9"));
        assertThat(LoginThrottle.addressKey("2001:db8:1:2::9")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::9"));
        assertThat(LoginThrottle.addressKey("::ffff:127.0.0.1")).isEqualTo(LoginThrottle.addressKey("127.0.0.1"));
    }
}
