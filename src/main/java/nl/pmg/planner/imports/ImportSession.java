package nl.pmg.planner.imports;

import java.util.List;
import nl.pmg.planner.indicator.ShippedIndicators;
import nl.pmg.planner.store.ImportRun;
import nl.pmg.planner.store.Store;
import nl.pmg.planner.store.StoreWrite;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The write side of one indicator import, whatever the file's format: the rows are checked and, while no
 * problem has been seen, written into the open store transaction; any problem rolls it back and the rest is
 * only checked, to report up to 100 problems. {@link #finish} commits, or rejects with 422.
 */
final class ImportSession implements AutoCloseable {

    private final Store store;
    private final long runId;
    private final ShippedIndicators shipped;
    private final ApplicationEventPublisher events;
    private final String startedBy;
    private final String fileName;
    final Problems problems;
    private RowChecker checker;
    private StoreWrite write;
    private long rows;

    ImportSession(Store store, long runId, ShippedIndicators shipped, ApplicationEventPublisher events,
            String startedBy, String fileName) {
        this.store = store;
        this.runId = runId;
        this.shipped = shipped;
        this.events = events;
        this.startedBy = startedBy;
        this.fileName = fileName;
        this.problems = new Problems("#" + runId);
    }

    long runId() {
        return runId;
    }

    /** Starts the rows: checks the metadata and the header, and opens the write when both are sound. */
    void open(IndicatorMetadata meta, RowChecker checker) {
        this.checker = checker;
        if (meta != null && shipped.catalogue().stream().anyMatch(i -> i.id().equals(meta.entry().indicator().id()))) {
            problems.add(0, "id", "'" + meta.entry().indicator().id() + "' is a shipped indicator; choose another id");
        }
        if (!problems.any()) {
            write = store.writeIndicator(runId, meta.entry());
        }
    }

    boolean opened() {
        return checker != null;
    }

    /** One data row as cells in the order of the checker's header; {@code line} is its row in the file. */
    void row(List<String> cells, long line) {
        rows++;
        RowChecker.Row row = checker.check(cells, line);
        if (problems.any() && write != null) {
            write.close();
            write = null;
        }
        if (write != null && row != null) {
            write.value(row.areaCode(), row.level(), row.period(), row.value(), row.status());
        }
    }

    long rows() {
        return rows;
    }

    String indicatorId() {
        return checker == null ? null : checker.indicatorId();
    }

    /** Commits (returns the accepted run) or records the rejection and throws {@link ImportRejected}. */
    ImportRun finish(long rowsRead, String checksum, String report) {
        if (problems.any()) {
            close();
            store.finishRejected(runId, "rejected", rowsRead, problems.rowsWithProblems(), checksum, problems.summary());
            throw new ImportRejected(runId, problems.count(), problems.kept());
        }
        // audited inside the import's transaction: the data and its audit row are committed together
        events.publishEvent(new IndicatorTableImported(startedBy, runId, indicatorId(), rows, fileName));
        write.commit(rowsRead, rows, checksum, report);
        close();
        return store.run(runId).orElseThrow();
    }

    @Override
    public void close() {
        if (write != null) {
            write.close();
            write = null;
        }
    }
}
