package nl.pmg.planner.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users in the store (table {@code planner_user}, both stores): BCrypt hashes, one role, maybe a gemeente.
 * HTTP Basic clients look their account up on every request, so a found account is remembered for
 * {@code account-cache-seconds} (a copy is handed out each time, since Spring erases the password of the one it
 * authenticated). This instance's own changes take effect at once; a change made in the database directly, or by
 * another instance, within that time. Unknown names are never remembered, so no flood of names fills the cache.
 */
@Component
class UserAccounts implements UserDetailsService {

    private static final String FIND = "SELECT username, password_hash, role, gemeente FROM planner_user WHERE username = ?";
    private static final String INSERT_IF_ABSENT = "INSERT INTO planner_user (username, password_hash, role, gemeente, created_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING";
    private static final String HASH = "SELECT password_hash FROM planner_user WHERE username = ?";
    private static final String DELETE = "DELETE FROM planner_user WHERE username = ?";

    private static final int MAX_CACHED = 1_000;

    private final JdbcTemplate jdbc;
    private final Cache<String, UserDetails> cache;

    UserAccounts(JdbcTemplate jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_CACHED)
                .expireAfterWrite(Duration.ofSeconds(Math.max(0, properties.accountCacheSeconds()))).build();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails cached = cache.getIfPresent(username);
        if (cached == null) {
            cached = find(username);
            cache.put(username, cached);
        }
        return User.withUserDetails(cached).build();
    }

    @EventListener
    void created(UserCreated event) {
        cache.invalidate(event.username());
    }

    @EventListener
    void removed(UserRemoved event) {
        cache.invalidate(event.username());
    }

    private UserDetails find(String username) {
        List<UserDetails> found = jdbc.query(FIND, (rs, i) -> {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(Role.valueOf(rs.getString("role")).authority()));
            String gemeente = rs.getString("gemeente");
            if (gemeente != null) {
                authorities.add(new SimpleGrantedAuthority(Scope.GEMEENTE_AUTHORITY + gemeente));
            }
            return User.withUsername(rs.getString("username")).password(rs.getString("password_hash"))
                    .authorities(authorities).build();
        }, username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("unknown user");
        }
        return found.get(0);
    }

    /** Creates the user unless one of that name exists; true when created. */
    boolean createIfAbsent(String username, String passwordHash, Role role, String gemeente) {
        return jdbc.update(INSERT_IF_ABSENT, username, passwordHash, role.name(), gemeente, Instant.now().toString()) > 0;
    }

    boolean exists(String username) {
        return !jdbc.queryForList(HASH, String.class, username).isEmpty();
    }

    String hashOf(String username) {
        List<String> h = jdbc.queryForList(HASH, String.class, username);
        return h.isEmpty() ? null : h.get(0);
    }

    void delete(String username) {
        jdbc.update(DELETE, username);
        cache.invalidate(username);
    }
}
