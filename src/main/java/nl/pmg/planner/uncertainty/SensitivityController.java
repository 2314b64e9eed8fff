package nl.pmg.planner.uncertainty;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/selections/sensitivity}: which inputs a selection depends on, area by area. */
@RestController
class SensitivityController {

    private final Sensitivity sensitivity;

    SensitivityController(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    /** Synchronous: 2,000 runs take a few seconds on two cores. */
    @PostMapping("/api/selections/sensitivity")
    SensitivityResult sensitivity(@RequestBody SensitivityRequest request) {
        return sensitivity.run(request);
    }
}
