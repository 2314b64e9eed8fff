package nl.pmg.planner.features;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test) of a running service, started by {@code .ci/bench}: prints figures with the
 * load average they were measured at.
 * <ul>
 * <li>{@code mvt LABEL URL}: vector-tile latency p50/p99 at zoom 8, 12 and 14 over Amsterdam (run it against
 * a service started with {@code --planner.features.response-cache-bytes=0}, so every tile is built);</li>
 * <li>{@code items LABEL URL}: gzip throughput of the 342 gemeenten and of the buurten in an Amsterdam bbox,
 * (works on today's jar too); the callers' comparison is {@link CallerBench}.</li>
 * </ul>
 */
public final class FeaturesBench {

    /**
     * HTTP/1.1, the protocol the service speaks (as GDAL, QGIS and curl do over http). The JDK client's default
     * offers an h2c upgrade on every request; the service declines, and with an Authorization header that costs
     * the client a third of its throughput (anonymous 1,824 vs analyst 1,056 req/s, 2 clients; 1,398 vs 1,395
     * over HTTP/1.1), which would be measured as the signed-in caller's cost.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Amsterdam: 4.73–5.07 E, 52.27–52.44 N. */
    private static final double[] AMSTERDAM = {4.73, 52.27, 5.07, 52.44};

    private FeaturesBench() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[1];
        String base = args[2];
        if (args[0].equals("mvt")) {
            for (int[] zoomRounds : new int[][] {{8, 40}, {12, 4}, {14, 1}}) {
                mvt(label, base, zoomRounds[0], zoomRounds[1]);
            }
        } else {
            int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
            int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
            throughput(label, base, "gemeente items (342, zoom 8, gzip)", "/api/collections/gemeenten/items?limit=400&zoom=8",
                    null, clients, seconds);
            throughput(label, base, "buurt items, Amsterdam bbox (zoom 13, gzip)",
                    "/api/collections/buurten/items?limit=1000&zoom=13&bbox=4.85,52.34,4.95,52.40", null, clients, seconds);
        }
    }

    private static void mvt(String label, String base, int z, int rounds) throws Exception {
        int minX = (int) Math.floor((AMSTERDAM[0] + 180) / 360 * (1 << z));
        int maxX = (int) Math.floor((AMSTERDAM[2] + 180) / 360 * (1 << z));
        int minY = row(AMSTERDAM[3], z);
        int maxY = row(AMSTERDAM[1], z);
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        for (int r = 0; r < rounds; r++) {
            for (int x = minX; x <= maxX; x++) {
                for (int y = minY; y <= maxY; y++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> resp = get(base + "/api/collections/buurten/tiles/WebMercatorQuad/" + z + "/" + y + "/" + x,
                            null);
                    ms.add((System.nanoTime() - t) / 1e6);
                    bytes += resp.body().length;
                    if (resp.statusCode() != 200 && resp.statusCode() != 204) {
                        throw new IllegalStateException("tile " + z + "/" + y + "/" + x + ": " + resp.statusCode());
                    }
                }
            }
        }
        ms.sort(null);
        System.out.printf("%s MVT buurten z%d over Amsterdam: %d requests (%d tiles), p50 %.1f ms, p99 %.1f ms, "
                + "mean %d bytes gzip; load %s%n", label, z, ms.size(), ms.size() / rounds, ms.get(ms.size() / 2),
                ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.99) - 1)), bytes / ms.size(), load());
    }

    /** Requests per second of {@code clients} callers for {@code seconds}; prints the figure. */
    static double throughput(String label, String base, String name, String path, String authorization, int clients,
            int seconds) throws Exception {
        get(base + path, authorization); // warm
        AtomicLong requests = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> r = get(base + path, authorization);
                        if (r.statusCode() == 200) {
                            requests.incrementAndGet();
                            bytes.addAndGet(r.body().length);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%s %s: %.1f req/s, %d bytes per answer (%d clients, %d s); load %s%n", label, name,
                requests.get() / (double) seconds, requests.get() == 0 ? 0 : bytes.get() / requests.get(), clients, seconds,
                load());
        return requests.get() / (double) seconds;
    }

    static HttpResponse<byte[]> get(String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int row(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }

    static String load() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " " + l[1] + " " + l[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
