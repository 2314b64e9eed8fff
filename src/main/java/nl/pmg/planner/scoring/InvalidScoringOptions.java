package nl.pmg.planner.scoring;

/** Scoring options outside their valid range; the message names the offending option. */
public class InvalidScoringOptions extends RuntimeException {

    public InvalidScoringOptions(String message) {
        super(message);
    }
}
