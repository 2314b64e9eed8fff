package nl.pmg.planner.work;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bounded executor for heavy work of this instance. {@link #run} lets at most {@code max-concurrent}
 * runs proceed at once; up to {@code max-queued} more wait (at most {@code max-wait-seconds}) for a turn in
 * arrival order, and any run beyond that is refused at once with {@link TooBusy} (429, Retry-After: the
 * expected wait from recent run times). {@link #compute()} is the pool in which a run may spread its
 * parts (uncertainty draws); it has {@code compute-threads} threads, shared by all runs, so heavy work never
 * takes more of the processors than that however many clients ask.
 */
@Component
public class HeavyWork {

    private static final Logger log = LoggerFactory.getLogger(HeavyWork.class);

    private final Semaphore turns;
    private final int concurrency;
    private final int maxQueued;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ExecutorService compute;
    /** Exponentially weighted mean of run times, for Retry-After. */
    private volatile double meanMillis = 1000;

    HeavyWork(WorkProperties properties) {
        this.concurrency = properties.concurrency();
        this.turns = new Semaphore(concurrency, true);
        this.maxQueued = properties.maxQueued();
        this.maxWaitMillis = properties.maxWaitSeconds() * 1000L;
        this.compute = Executors.newFixedThreadPool(properties.threads(), r -> {
            Thread t = new Thread(r, "heavy-compute");
            t.setDaemon(true);
            return t;
        });
        log.info("heavy work: {} run(s) at once, {} waiting at most, {} compute thread(s)", concurrency, maxQueued,
                properties.threads());
    }

    @PreDestroy
    void stop() {
        compute.shutdownNow();
    }

    /** Runs {@code task} in this thread once it has a turn, or refuses with {@link TooBusy}. */
    public <T> T run(String what, Supplier<T> task) {
        if (!turns.tryAcquire()) {
            if (waiting.incrementAndGet() > maxQueued) {
                waiting.decrementAndGet();
                throw busy(what);
            }
            try {
                if (!turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                    throw busy(what);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy(what);
            } finally {
                waiting.decrementAndGet();
            }
        }
        return timed(task);
    }

    /** Runs {@code task} once it has a turn, waiting as long as it takes (background jobs, already admitted). */
    public <T> T runWhenFree(Supplier<T> task) throws InterruptedException {
        turns.acquire();
        return timed(task);
    }

    private <T> T timed(Supplier<T> task) {
        long start = System.nanoTime();
        try {
            return task.get();
        } finally {
            turns.release();
            double ms = (System.nanoTime() - start) / 1e6;
            meanMillis = 0.8 * meanMillis + 0.2 * ms;
        }
    }

    /** The shared pool for the parts of a run; it bounds the processors heavy work uses. */
    public ExecutorService compute() {
        return compute;
    }

    /** Runs waiting for a turn now, for Retry-After estimates and tests. */
    int waiting() {
        return waiting.get();
    }

    /** The refusal for work that cannot be taken on now (e.g. a full job queue). */
    public TooBusy refuse(String what) {
        return busy(what);
    }

    private TooBusy busy(String what) {
        long seconds = (long) Math.ceil(meanMillis * (waiting.get() + concurrency) / concurrency / 1000.0);
        return new TooBusy(what, Math.max(1, Math.min(seconds, 600)));
    }
}
