package nl.pmg.planner.uncertainty;

import nl.pmg.planner.work.HeavyWork;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/selections/sensitivity}: which inputs a selection depends on, area by area. */
@RestController
class SensitivityController {

    private final Sensitivity sensitivity;
    private final HeavyWork work;

    SensitivityController(Sensitivity sensitivity, HeavyWork work) {
        this.sensitivity = sensitivity;
        this.work = work;
    }

    /** Synchronous: 2,000 runs take a few seconds on two cores. */
    @PostMapping("/api/selections/sensitivity")
    SensitivityResult sensitivity(@RequestBody SensitivityRequest request) {
        return work.run("sensitivity", () -> sensitivity.run(request));
    }
}
