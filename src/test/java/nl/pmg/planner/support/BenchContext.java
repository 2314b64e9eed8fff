package nl.pmg.planner.support;

import nl.pmg.planner.PlannerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for a benchmark: the servlet stack (the security configuration needs it) with the
 * arguments of {@link BenchArguments} (free loopback port, quiet logs, a throw-away embedded store).
 */
public final class BenchContext {

    private BenchContext() {
    }

    public static ConfigurableApplicationContext start(String... extra) {
        return new SpringApplicationBuilder(PlannerApplication.class).web(WebApplicationType.SERVLET)
                .run(BenchArguments.of(extra));
    }
}
