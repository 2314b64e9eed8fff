package nl.pmg.planner.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Heavy work is bounded per instance (finding 17 of #13): with one run at a time and no waiting places,
 * concurrent uncertainty runs and solves beyond the first are refused at once with 429 {@code too-busy} and a
 * Retry-After, never all run together; async jobs beyond the job queue are refused the same way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planner.store.data-dir=target/it-data/heavy-work",
        "planner.work.max-concurrent=1", "planner.work.max-queued=0", "planner.work.max-queued-jobs=2"})
class HeavyWorkIT {

    @LocalServerPort
    int port;

    private static final String UNCERTAINTY = "{\"add\":5,\"draws\":400,\"seed\":7}";

    @Test
    @Order(1)
    void concurrentRunsBeyondTheBoundAreRefusedWithRetryAfter() throws Exception {
        Http analyst = new Http(port, "analyst", "demo-analyst");
        List<CompletableFuture<Http.Response>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = i % 2 == 0 ? "/api/selections/uncertainty" : "/api/selections";
            String body = i % 2 == 0 ? UNCERTAINTY : "{\"add\":5}";
            runs.add(CompletableFuture.supplyAsync(() -> analyst.post(path, "application/json", body)));
        }
        int ok = 0;
        int refused = 0;
        for (CompletableFuture<Http.Response> f : runs) {
            Http.Response r = f.get();
            if (r.status() == 200) {
                ok++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(429);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().get("code").asString()).isEqualTo("too-busy");
                assertThat(r.json().get("retryAfterSeconds").asLong()).isPositive();
                refused++;
            }
        }
        assertThat(ok).as("runs that went through").isGreaterThanOrEqualTo(1);
        assertThat(refused).as("runs refused while one was running").isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(2)
    void asyncJobsBeyondTheQueueAreRefused() {
        Http analyst = new Http(port, "analyst", "demo-analyst");
        List<Integer> statuses = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 5; i++) {
            Http.Response r = analyst.post("/api/selections/uncertainty?async=true", "application/json",
                    "{\"add\":5,\"draws\":600,\"seed\":" + i + "}");
            statuses.add(r.status());
            if (r.status() == 429) {
                retryAfter = r.json().get("retryAfterSeconds").asString();
            } else {
                assertThat(r.json().get("status").asString()).isIn("QUEUED", "RUNNING");
                jobs.add(r.json().get("id").asString());
            }
        }
        for (String id : jobs) {
            analyst.send("DELETE", "/api/selections/uncertainty/" + id, null, null);
        }
        assertThat(statuses).as("5 async jobs with room for 2").contains(202).contains(429);
        assertThat(statuses.stream().filter(s -> s == 202).count()).isLessThanOrEqualTo(2);
        assertThat(retryAfter).isNotNull();
    }
}
