package nl.pmg.planner.selection;

import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * A request with {@code asOf} uses something that needs buurt data, which no as-of data set has: the
 * spring 2023 set holds gemeente figures only, so there is no buurt index, no top decile and no concentration.
 */
class NotAvailableAsOf extends ApiProblem {

    private final String field;

    NotAvailableAsOf(String field, String dataset) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "not-available-as-of", field + " cannot be used with asOf: the "
                + dataset + " data set has gemeente figures only (no buurt data were at hand then), so the buurt "
                + "index, its national top decile and the concentration of young people in it do not exist as of "
                + "that date. Drop " + field + " or asOf.");
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("parameter", field);
    }
}
