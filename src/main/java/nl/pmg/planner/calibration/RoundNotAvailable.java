package nl.pmg.planner.calibration;

import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** A known round that cannot be calibrated on with the data and programme as they stand (422). */
class RoundNotAvailable extends ApiProblem {

    private final String round;
    private final String reason;

    RoundNotAvailable(String round, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "round-not-available",
                "Round " + round + " cannot be calibrated on: " + reason + ".");
        this.round = round;
        this.reason = reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("round", round, "reason", reason);
    }
}
