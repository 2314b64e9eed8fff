package nl.pmg.planner.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** An import that was refused as a whole; the store is as it was. Lists the first 100 problems. */
class ImportRejected extends ApiProblem {

    private final long importRunId;
    private final long problemCount;
    private final List<ImportProblem> problems;

    ImportRejected(long importRunId, long problemCount, List<ImportProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "The import was rejected with " + problemCount
                + " problem(s); nothing was stored. The first " + problems.size() + " are listed in 'problems'.");
        this.importRunId = importRunId;
        this.problemCount = problemCount;
        this.problems = problems;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("importRun", importRunId);
        m.put("problemCount", problemCount);
        m.put("problems", problems);
        return m;
    }
}
