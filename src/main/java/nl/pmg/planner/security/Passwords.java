package nl.pmg.planner.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, for the web chain and for the account seeder alike (the import command runs without
 * the web chain), and scheduling for the throttle's housekeeping.
 */
@Configuration
@EnableScheduling
class Passwords {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswords();
    }
}
