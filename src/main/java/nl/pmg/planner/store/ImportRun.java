package nl.pmg.planner.store;

/**
 * One import attempt as recorded in {@code import_run}. {@code outcome} is running, accepted,
 * rejected or failed; {@code rowsRead} grows while the run is running.
 */
public record ImportRun(long id, String kind, String startedBy, String startedAt, String finishedAt,
        String fileName, String checksum, String target, long rowsRead, long rowsAccepted, long rowsRejected,
        String outcome, String report) {
}
