package nl.pmg.planner.monitor;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.monitor.*}: the size of each comparison group, the matching variables (any of
 * {@code population}, {@code urbanity}, {@code baseline_index}, {@code baseline_crime}) and the central
 * share of the placebo distribution used as the interval.
 */
@ConfigurationProperties("planner.monitor")
record MonitorProperties(@DefaultValue("5") int k,
        @DefaultValue({"population", "urbanity", "baseline_index", "baseline_crime"}) List<String> matching,
        @DefaultValue("0.9") double interval) {

    MonitorProperties {
        if (k < 1) {
            throw new IllegalArgumentException("planner.monitor.k must be at least 1");
        }
        if (!(interval > 0 && interval < 1)) {
            throw new IllegalArgumentException("planner.monitor.interval must be between 0 and 1");
        }
        for (String m : matching) {
            if (!Matching.VARIABLES.contains(m)) {
                throw new IllegalArgumentException("unknown matching variable " + m + "; use " + Matching.VARIABLES);
            }
        }
    }
}
