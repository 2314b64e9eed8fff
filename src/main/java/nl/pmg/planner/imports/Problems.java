package nl.pmg.planner.imports;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problems of one import: all are counted, the first {@value #KEPT} are kept (and logged), so a
 * file that is wrong on every one of a million lines still rejects in bounded memory.
 */
final class Problems {

    static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final String importId;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;
    private long rowsWithProblems;
    private long lastRow = -1;

    Problems(String importId) {
        this.importId = importId;
    }

    void add(long row, String field, String reason) {
        count++;
        if (row > 0 && row != lastRow) {
            rowsWithProblems++;
            lastRow = row;
        }
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(row, field, reason));
            log.warn("import {} rejects row {} field {}: {}", importId, row, field, reason);
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    long rowsWithProblems() {
        return rowsWithProblems;
    }

    List<ImportProblem> kept() {
        return List.copyOf(kept);
    }

    /** A short text for the import run's report. */
    String summary() {
        StringBuilder s = new StringBuilder(count + " problem(s)");
        kept.stream().limit(10).forEach(p -> s.append("; row ").append(p.row()).append(' ').append(p.field())
                .append(": ").append(p.reason()));
        return s.toString();
    }
}
