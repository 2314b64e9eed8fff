package nl.pmg.planner.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On start-up: the first administrator from configuration (created as programme manager when
 * absent), and in demo mode the demo users. Outside demo mode, demo accounts that still have their
 * demo password are removed, so a database once used for a trial holds no known password.
 */
@Component
class AccountSeeder implements ApplicationRunner {

    record DemoUser(String username, String password, Role role, String gemeente) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("manager", "demo-manager", Role.PROGRAMME_MANAGER, null),
            new DemoUser("analyst", "demo-analyst", Role.ANALYST, null),
            new DemoUser("enschede", "demo-enschede", Role.MUNICIPALITY, "GM0153"),
            new DemoUser("amsterdam", "demo-amsterdam", Role.MUNICIPALITY, "GM0363"));

    private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

    private static final String SYSTEM = "system";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AccountSeeder(UserAccounts accounts, PasswordEncoder encoder, SecurityProperties properties,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates the user unless it exists, audited in the same transaction; true when created. */
    private boolean create(String username, String password, Role role, String gemeente) {
        Boolean created = transaction.execute(tx -> {
            boolean c = accounts.createIfAbsent(username, encoder.encode(password), role, gemeente);
            if (c) {
                events.publishEvent(new UserCreated(SYSTEM, username, role, gemeente));
            }
            return c;
        });
        return Boolean.TRUE.equals(created);
    }

    @Override
    public void run(ApplicationArguments args) {
        String admin = properties.adminUsername();
        if (admin != null && !admin.isBlank()) {
            String password = properties.adminPassword();
            if (password == null || password.length() < 12) {
                log.warn("planner.security.admin-password is missing or shorter than 12 characters; administrator '{}' not created", admin);
            } else if (create(admin.strip(), password, Role.PROGRAMME_MANAGER, null)) {
                log.info("created administrator '{}' (programme manager)", admin.strip());
            }
        }
        for (DemoUser d : DEMO_USERS) {
            if (properties.demoUsers()) {
                if (!accounts.exists(d.username())) {
                    create(d.username(), d.password(), d.role(), d.gemeente());
                }
            } else {
                String hash = accounts.hashOf(d.username());
                if (hash != null && encoder.matches(d.password(), hash)) {
                    transaction.executeWithoutResult(tx -> {
                        accounts.delete(d.username());
                        events.publishEvent(new UserRemoved(SYSTEM, d.username(), "demo mode is off; demo password"));
                    });
                    log.warn("demo mode is off: removed demo user '{}' that still had its demo password", d.username());
                }
            }
        }
        if (properties.demoUsers()) {
            log.warn("DEMO MODE: demo users manager, analyst, enschede, amsterdam with published passwords (planner.security.demo-users)");
        }
    }
}
