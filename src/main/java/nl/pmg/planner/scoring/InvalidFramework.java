package nl.pmg.planner.scoring;

/** A framework that cannot be scored with; the message names the offending field. */
public class InvalidFramework extends RuntimeException {

    public InvalidFramework(String message) {
        super(message);
    }
}
