package nl.pmg.planner.features;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test), started by {@code .ci/bench}: does a caller's role cost throughput? The same answer
 * ({@code /api/layers/index/values?level=gemeente}, public in full, so every caller gets the same bytes) for an
 * anonymous visitor, an analyst and a municipality, both signed in with HTTP Basic on every request. The callers
 * take turns for several rounds, so a machine getting busier or quieter hits all of them alike. With
 * {@code BENCH_PID} set (the service's process id) it also prints the CPU time per request of the service and
 * of the PostgreSQL server processes, which a loaded machine disturbs less than requests per second.
 * Arguments: {@code LABEL URL [clients seconds rounds]}.
 */
public final class CallerBench {

    private static final String PATH = "/api/layers/index/values?level=gemeente";

    private CallerBench() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String base = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        String pid = System.getenv("BENCH_PID");
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("analyst", basic("analyst:demo-analyst"));
        callers.put("municipality (Amsterdam)", basic("amsterdam:demo-amsterdam"));
        Map<String, List<Double>> rps = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (String name : callers.keySet()) {
            FeaturesBench.throughput(label, base, "warm-up, " + name, PATH, callers.get(name), clients, seconds);
            rps.put(name, new ArrayList<>());
            cpu.put(name, new ArrayList<>());
        }
        List<String> order = new ArrayList<>(callers.keySet());
        for (int r = 0; r < rounds; r++) {
            for (String name : order) {
                long before = cpuNanos(pid);
                double perSecond = FeaturesBench.throughput(label, base, "gemeente values, " + name + ", round " + (r + 1),
                        PATH, callers.get(name), clients, seconds);
                rps.get(name).add(perSecond);
                if (pid != null && perSecond > 0) {
                    cpu.get(name).add((cpuNanos(pid) - before) / 1e6 / (perSecond * seconds));
                }
            }
            order.add(order.remove(0)); // the next round starts with the next caller
        }
        double anonymousRps = median(rps.get("anonymous"));
        for (String name : callers.keySet()) {
            double m = median(rps.get(name));
            String cpuPart = cpu.get(name).isEmpty() ? "" : String.format(", CPU %.3f ms per request (anonymous / this: %.2f)",
                    median(cpu.get(name)), median(cpu.get("anonymous")) / median(cpu.get(name)));
            System.out.printf("%s gemeente values, %s: median %.1f req/s over %d rounds (anonymous / this: %.2f)%s; load %s%n",
                    label, name, m, rounds, anonymousRps / m, cpuPart, FeaturesBench.load());
        }
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** CPU time so far of the service and of every PostgreSQL server process (none in the embedded store). */
    private static long cpuNanos(String pid) {
        if (pid == null) {
            return 0;
        }
        long service = ProcessHandle.of(Long.parseLong(pid)).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(0L);
        long database = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").contains("postgres"))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return service + database;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
