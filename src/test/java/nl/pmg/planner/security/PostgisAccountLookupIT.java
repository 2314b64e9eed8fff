package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an HTTP Basic request costs in the database under PostGIS (#12: an analyst's throughput is an
 * anonymous visitor's): the failed-login counts of its address and account in one look-up, reused for
 * {@code failure-count-cache-millis} (100) — this instance's own failures count at once, another instance's
 * within that time — and its account remembered between requests: a copy each time, and forgotten at once when
 * this instance removes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisAccountLookupIT {

    @Autowired
    LoginFailures failures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCountsOfAnAddressAndAnAccountComeFromOneLookUpEachUnderItsOwnKey() {
        String address = "address:test-" + UUID.randomUUID();
        String account = "account:test-" + UUID.randomUUID();
        try {
            for (int i = 0; i < 3; i++) {
                failures.fail(address);
            }
            failures.fail(account);
            LoginFailures.Counts counts = failures.counts(address, account);
            assertThat(counts.address().failures()).isEqualTo(3);
            assertThat(counts.account().failures()).isEqualTo(1);
            assertThat(counts.address().secondsLeft()).isBetween(1L, 300L);
            LoginFailures.Counts swapped = failures.counts(account, address);
            assertThat(swapped.address().failures()).isEqualTo(1);
            assertThat(swapped.account().failures()).isEqualTo(3);
            assertThat(failures.counts(address + "-none", account).address()).isEqualTo(LoginFailures.Count.NONE);
        } finally {
            failures.reset(address);
            failures.reset(account);
        }
        assertThat(failures.counts(address, account)).isEqualTo(new LoginFailures.Counts(LoginFailures.Count.NONE,
                LoginFailures.Count.NONE));
    }

    @Test
    void failuresHereCountAtOnceAndFailuresElsewhereWithinTheCacheTime() throws Exception {
        String address = "address:test-" + UUID.randomUUID();
        String account = "account:test-" + UUID.randomUUID();
        try {
            long start = System.nanoTime();
            assertThat(failures.counts(address, account).account()).isEqualTo(LoginFailures.Count.NONE);
            failures.fail(account); // on this instance: its copy follows the insert
            assertThat(failures.counts(address, account).account().failures()).isEqualTo(1);
            // another instance's failures: written to the table directly
            jdbc.update("UPDATE login_failure SET failures = 10 WHERE key = ?", account);
            int seen = failures.counts(address, account).account().failures();
            if (System.nanoTime() - start < 80_000_000L) {
                assertThat(seen).as("read again within the cache time: this instance's copy").isEqualTo(1);
            }
            Thread.sleep(250);
            assertThat(failures.counts(address, account).account().failures()).as("after the cache time").isEqualTo(10);
        } finally {
            failures.reset(address);
            failures.reset(account);
        }
    }

    @Test
    void anAccountIsRememberedBetweenRequestsAsACopyAndForgottenWhenRemoved() {
        String name = "lookup-test-" + UUID.randomUUID();
        assertThat(accounts.createIfAbsent(name, "{bcrypt}not-a-real-hash", Role.ANALYST, null)).isTrue();
        try {
            UserDetails first = accounts.loadUserByUsername(name);
            assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ANALYST");
            ((User) first).eraseCredentials(); // what Spring does to the account it authenticated
            // removed behind the service's back: the next request within account-cache-seconds is not looked up
            jdbc.update("DELETE FROM planner_user WHERE username = ?", name);
            UserDetails second = accounts.loadUserByUsername(name);
            assertThat(second).isNotSameAs(first);
            assertThat(second.getPassword()).as("the remembered account keeps its hash").isEqualTo("{bcrypt}not-a-real-hash");
        } finally {
            accounts.delete(name);
        }
        assertThatThrownBy(() -> accounts.loadUserByUsername(name)).as("removed by this instance: forgotten at once")
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
