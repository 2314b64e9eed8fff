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
 * Load check against a running service (started by {@code .ci/load-check}, not part of {@code verify}): map
 * readers (gemeente items, buurt items by bbox and zoom, the buurt vector tiles of Amsterdam at zoom 12–14,
 * layer values; a short pause between views, as a person panning the map) while N heavy clients (default 50)
 * keep asking for CP-SAT solves and uncertainty runs of 100 draws, honouring 429 Retry-After. Prints per
 * endpoint requests, answers, 429s, errors, p50/p99 and throughput, then whether map reads kept p99 under
 * 300 ms. Exit status 1 on any error (a 5xx, a socket error, a 4xx other than 429) or when the map reads'
 * p99 is 300 ms or more. Every request carries HTTP Basic {@code manager:demo-manager}.
 *
 * <p>Usage: {@code java -cp target/test-classes nl.pmg.planner.hardening.LoadCheck http://127.0.0.1:PORT
 * [heavy clients] [seconds] [readers]}
 */
public final class LoadCheck {

    static final double READ_P99_LIMIT_MS = 300;
    private static final long READER_PAUSE_MS = 250;
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("manager:demo-manager".getBytes(StandardCharsets.UTF_8));

    /** Map views (WGS84 bbox) the buurt requests cycle through: Amsterdam, Rotterdam, Enschede, Venlo, Utrecht. */
    private static final List<String> VIEWS = List.of("4.85,52.34,4.95,52.40", "4.42,51.88,4.55,51.95",
            "6.84,52.19,6.94,52.25", "6.12,51.34,6.22,51.40", "5.07,52.06,5.15,52.11");

    /** {@code read}: a map read (its p99 is the verdict); otherwise heavy work, where 429 is an answer, not an error. */
    record Endpoint(String name, String method, List<String> paths, String body, boolean read) {
    }

    static final class Tally {
        final List<long[]> latencies = new ArrayList<>();
        final AtomicLong refused = new AtomicLong();
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
        int heavy = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int readers = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<String> buurtPaths = new ArrayList<>();
        for (String bbox : VIEWS) {
            for (int zoom : new int[] {13, 14, 15}) {
                buurtPaths.add("/api/collections/buurten/items?limit=400&zoom=" + zoom + "&bbox=" + bbox);
            }
        }
        List<Endpoint> reads = List.of(
                new Endpoint("gemeente items", "GET", List.of("/api/collections/gemeenten/items?limit=400&zoom=8",
                        "/api/collections/gemeenten/items?limit=400&zoom=8&indicators=population"), null, true),
                new Endpoint("buurt items bbox+zoom", "GET", buurtPaths, null, true),
                new Endpoint("buurt vector tiles z12-14", "GET", tilePaths(), null, true),
                new Endpoint("layer values", "GET", List.of("/api/layers/index/values?level=gemeente",
                        "/api/layers/population/values?level=wijk"), null, true));
        List<Endpoint> heavyWork = List.of(
                new Endpoint("POST /api/selections", "POST", List.of("/api/selections"),
                        "{\"level\":\"gemeente\",\"add\":8}", false),
                new Endpoint("POST uncertainty (100)", "POST", List.of("/api/selections/uncertainty"),
                        "{\"add\":8,\"draws\":100}", false));
        List<Endpoint> endpoints = new ArrayList<>(reads);
        endpoints.addAll(heavyWork);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Tally[] tallies = new Tally[endpoints.size()];
        Arrays.setAll(tallies, i -> new Tally());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < readers + heavy; c++) {
            int e = c < readers ? c % reads.size() : reads.size() + (c - readers) % heavyWork.size();
            int client = c;
            Thread t = new Thread(() -> run(http, base, endpoints.get(e), tallies[e], client, end), "load-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        boolean failed = report(endpoints, tallies, readers, heavy, seconds);
        System.exit(failed ? 1 : 0);
    }

    private static void run(HttpClient http, String base, Endpoint ep, Tally tally, int client, long end) {
        long[] lat = new long[1 << 16];
        int n = 0;
        int i = client;
        while (System.nanoTime() < end) {
            String path = ep.paths().get(i++ % ep.paths().size());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", AUTHORIZATION).header("Accept-Encoding", "gzip");
            b = ep.body() == null ? b.GET() : b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ep.body()));
            long t0 = System.nanoTime();
            long pause = ep.read() ? READER_PAUSE_MS : 0;
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 429 && !ep.read()) {
                    tally.refused.incrementAndGet();
                    pause = 1000 * r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                } else if (r.statusCode() / 100 != 2) {
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
            try {
                Thread.sleep(Math.max(0, Math.min(pause, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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

    private static boolean report(List<Endpoint> endpoints, Tally[] tallies, int readers, int heavy, int seconds) {
        System.out.printf("load check: %d map readers (%d ms between views) and %d heavy clients for %d s%n", readers,
                READER_PAUSE_MS, heavy, seconds);
        System.out.printf("%-24s %9s %7s %7s %9s %9s %9s%n", "endpoint", "requests", "429", "errors", "p50 ms", "p99 ms",
                "req/s");
        long totalErrors = 0;
        List<long[]> readLatencies = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            long[] all = tallies[i].latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (endpoints.get(i).read()) {
                readLatencies.add(all);
            }
            long errors = tallies[i].errors.get();
            totalErrors += errors;
            System.out.printf("%-24s %9d %7d %7d %9.1f %9.1f %9.1f%n", endpoints.get(i).name(), all.length,
                    tallies[i].refused.get(), errors, percentile(all, 50), percentile(all, 99),
                    all.length / (double) seconds);
            tallies[i].samples.forEach(s -> System.out.println("    error: " + s));
        }
        long[] reads = readLatencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double p99 = percentile(reads, 99);
        System.out.printf("%-24s %9d %7s %7s %9.1f %9.1f %9.1f%n", "map reads, all", reads.length, "", "",
                percentile(reads, 50), p99, reads.length / (double) seconds);
        boolean slow = !(p99 < READ_P99_LIMIT_MS);
        System.out.printf("map reads p99 %.1f ms: %s (limit %.0f ms)%n", p99, slow ? "TOO SLOW" : "ok", READ_P99_LIMIT_MS);
        return totalErrors > 0 || reads.length == 0 || slow;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
