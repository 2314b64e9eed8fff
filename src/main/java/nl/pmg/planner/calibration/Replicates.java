package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs numbered replicates, in order of their number in the result: on a pool in a few chunks, or on the
 * calling thread. Each replicate seeds its own generator from its number, so the result is the same either way.
 */
final class Replicates {

    private Replicates() {
    }

    static <T> List<T> map(int count, ExecutorService pool, IntFunction<T> replicate) {
        List<T> out = new ArrayList<>(count);
        if (pool == null) {
            for (int i = 0; i < count; i++) {
                out.add(replicate.apply(i));
            }
            return out;
        }
        int chunks = Math.min(count, 8);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = count * c / chunks;
            int to = count * (c + 1) / chunks;
            futures.add(pool.submit(() -> {
                List<T> part = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    part.add(replicate.apply(i));
                }
                return part;
            }));
        }
        try {
            for (Future<List<T>> f : futures) {
                out.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("calibration replicate failed", e.getCause());
        }
        return out;
    }
}
