package nl.pmg.planner.benchmark;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/benchmarks/{gemeente}}: the municipality against NL, its province and similar-size gemeenten. */
@RestController
class BenchmarkController {

    private final Benchmarks benchmarks;

    BenchmarkController(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GetMapping("/api/benchmarks/{code}")
    Benchmarks.Benchmark benchmark(@PathVariable String code) {
        return benchmarks.of(code);
    }
}
