package nl.pmg.planner.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load check against a running service (started by {@code .ci/load-check}, not part of {@code verify}):
 * N concurrent clients for D seconds, spread over the map's gemeente items, the buurt items by bbox and
 * zoom, the buurt vector tiles of Amsterdam at zoom 12–14 and {@code POST /api/selections}. Prints per
 * endpoint requests, errors (non-2xx and socket errors), p50/p99 latency and throughput; exit status 1
 * on any error. Every request carries HTTP Basic {@code manager:demo-manager}.
 *
 * <p>Usage: {@code java -cp target/test-classes nl.pmg.planner.hardening.LoadCheck http://127.0.0.1:PORT [clients] [seconds]}
 */
public final class LoadCheck {

    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("manager:demo-manager".getBytes(StandardCharsets.UTF_8));

    /** Map views (WGS84 bbox) the buurt requests cycle through: Amsterdam, Rotterdam, Enschede, Venlo, Utrecht. */
    private static final List<String> VIEWS = List.of("4.85,52.34,4.95,52.40", "4.42,51.88,4.55,51.95",
            "6.84,52.19,6.94,52.25", "6.12,51.34,6.22,51.40", "5.07,52.06,5.15,52.11");

    record Endpoint(String name, String method, List<String> paths, String body) {
    }

    static final class Tally {
        final List<long[]> latencies = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final List<String> samples = new ArrayList<>();
    }

    private LoadCheck() {
    }

    /** The buurt tiles (WebMercatorQuad) a map of Amsterdam's centre asks for at zoom 12 to 14. */
    private static List<String> tilePaths() {
        List<String> paths = new ArrayList<>();
        for (int z = 12; z <= 14; z++) {
            int scale = 1 << (z - 12);
            for (int x = 2103 * scale; x < 2104 * scale; x++) {
                for (int y = 1345 * scale; y < 1347 * scale; y++) {
                    paths.add("/api/collections/buurten/tiles/WebMercatorQuad/" + z + "/" + y + "/" + x);
                }
            }
        }
        return paths;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        List<String> buurtPaths = new ArrayList<>();
        for (String bbox : VIEWS) {
            for (int zoom : new int[] {13, 14, 15}) {
                buurtPaths.add("/api/collections/buurten/items?limit=400&zoom=" + zoom + "&bbox=" + bbox);
            }
        }
        List<Endpoint> endpoints = List.of(
                new Endpoint("gemeente items", "GET",
                        List.of("/api/collections/gemeenten/items?limit=400&zoom=8",
                                "/api/collections/gemeenten/items?limit=400&zoom=8&indicators=population"), null),
                new Endpoint("buurt items bbox+zoom", "GET", buurtPaths, null),
                new Endpoint("buurt vector tiles z12-14", "GET", tilePaths(), null),
                new Endpoint("POST /api/selections", "POST", List.of("/api/selections"),
                        "{\"level\":\"gemeente\",\"add\":8}"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Tally[] tallies = new Tally[endpoints.size()];
        Arrays.setAll(tallies, i -> new Tally());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int e = c % endpoints.size();
            int client = c;
            Thread t = new Thread(() -> run(http, base, endpoints.get(e), tallies[e], client, end), "load-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        boolean failed = report(endpoints, tallies, clients, seconds);
        System.exit(failed ? 1 : 0);
    }

    private static void run(HttpClient http, String base, Endpoint ep, Tally tally, int client, long end) {
        long[] lat = new long[1 << 16];
        int n = 0;
        int i = client;
        while (System.nanoTime() < end) {
            String path = ep.paths().get(i++ % ep.paths().size());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", AUTHORIZATION).header("Accept-Encoding", "gzip");
            b = ep.body() == null ? b.GET() : b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ep.body()));
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() / 100 != 2) {
                    error(tally, r.statusCode() + " " + path);
                }
            } catch (IOException e) {
                error(tally, e + " " + path);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t0;
        }
        synchronized (tally) {
            tally.latencies.add(Arrays.copyOf(lat, n));
        }
    }

    private static void error(Tally tally, String what) {
        tally.errors.incrementAndGet();
        synchronized (tally) {
            if (tally.samples.size() < 5) {
                tally.samples.add(what);
            }
        }
    }

    private static boolean report(List<Endpoint> endpoints, Tally[] tallies, int clients, int seconds) {
        System.out.printf("load check: %d clients for %d s%n", clients, seconds);
        System.out.printf("%-24s %9s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50 ms", "p99 ms", "req/s");
        long totalRequests = 0;
        long totalErrors = 0;
        for (int i = 0; i < endpoints.size(); i++) {
            long[] all = tallies[i].latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            long errors = tallies[i].errors.get();
            totalRequests += all.length;
            totalErrors += errors;
            System.out.printf("%-24s %9d %7d %9.1f %9.1f %9.1f%n", endpoints.get(i).name(), all.length, errors,
                    percentile(all, 50), percentile(all, 99), all.length / (double) seconds);
            tallies[i].samples.forEach(s -> System.out.println("    error: " + s));
        }
        System.out.printf("%-24s %9d %7d %9s %9s %9.1f%n", "total", totalRequests, totalErrors, "", "",
                totalRequests / (double) seconds);
        return totalErrors > 0 || totalRequests == 0;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
