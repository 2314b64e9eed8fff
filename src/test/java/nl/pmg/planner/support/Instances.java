package nl.pmg.planner.support;

import java.util.ArrayList;
import java.util.List;
import nl.pmg.planner.PlannerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole service instances started by a test itself, beside the one Spring's test context gives: two on one
 * PostGIS, or one restarted on the same embedded data directory. Arguments go on the command line, since default
 * properties would lose against application.yml; the port is a free one unless the arguments name one.
 */
public final class Instances {

    private Instances() {
    }

    /** An instance on the embedded store with these arguments (e.g. {@code --planner.store.data-dir=…}). */
    public static ConfigurableApplicationContext embedded(String... arguments) {
        return new SpringApplicationBuilder(PlannerApplication.class).run(withPort(arguments));
    }

    /** An instance under profile {@code postgis}, on the database the tests share. */
    public static ConfigurableApplicationContext postgis(String... arguments) {
        return new SpringApplicationBuilder(PlannerApplication.class).profiles("postgis").run(withPort(arguments));
    }

    /** The port an instance listens on. */
    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static String[] withPort(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        if (all.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            all.add(0, "--server.port=0");
        }
        return all.toArray(String[]::new);
    }
}
