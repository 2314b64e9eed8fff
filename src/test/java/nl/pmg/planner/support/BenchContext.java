package nl.pmg.planner.support;

import nl.pmg.planner.PlannerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for a benchmark: the servlet stack on a random port (the security configuration needs
 * it), quiet logs, the embedded store in a temporary directory so a bench never touches {@code data/}.
 */
public final class BenchContext {

    private BenchContext() {
    }

    public static ConfigurableApplicationContext start() {
        String dataDir;
        try {
            dataDir = java.nio.file.Files.createTempDirectory("pmg-bench").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SpringApplicationBuilder(PlannerApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--planner.store.data-dir=" + dataDir);
    }
}
