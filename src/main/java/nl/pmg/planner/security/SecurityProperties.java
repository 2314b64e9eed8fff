package nl.pmg.planner.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.security.*}: demo users (embedded default only), the first administrator,
 * failed-login throttling and the limits on request bodies (uploads and everything else).
 */
@ConfigurationProperties("planner.security")
record SecurityProperties(
        @DefaultValue("false") boolean demoUsers,
        String adminUsername,
        String adminPassword,
        @DefaultValue("10") int maxFailedLogins,
        @DefaultValue("100") int maxFailedLoginsPerAddress,
        @DefaultValue("300") int lockoutSeconds,
        @DefaultValue("60") int unknownLoginReportSeconds,
        @DefaultValue("30") int accountCacheSeconds,
        @DefaultValue("100") int failureCountCacheMillis,
        @DefaultValue("536870912") long maxUploadBytes,
        @DefaultValue("1048576") long maxBodyBytes) {
}
