package nl.pmg.planner.work;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.work.*}: how much heavy work one instance does at once. {@code maxConcurrent} runs at a
 * time (0 = half the processors, at least one), {@code maxQueued} more may wait up to {@code maxWaitSeconds}
 * for a turn, the rest get 429; {@code computeThreads} bounds the threads an uncertainty run's draws use
 * (0 = half the processors, at least one); {@code maxQueuedJobs} bounds async uncertainty jobs waiting or
 * running.
 */
@ConfigurationProperties("planner.work")
public record WorkProperties(@DefaultValue("0") int maxConcurrent, @DefaultValue("4") int maxQueued,
        @DefaultValue("10") int maxWaitSeconds, @DefaultValue("0") int computeThreads,
        @DefaultValue("4") int maxQueuedJobs) {

    static int halfTheProcessors() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    int concurrency() {
        return maxConcurrent > 0 ? maxConcurrent : halfTheProcessors();
    }

    public int threads() {
        return computeThreads > 0 ? computeThreads : halfTheProcessors();
    }
}
