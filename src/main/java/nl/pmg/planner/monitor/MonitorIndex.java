package nl.pmg.planner.monitor;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The registered-crime index of a programme municipality (start year = 100) against its comparison
 * group, for other features to show (the printed gebiedsprofiel). Empty for municipalities outside the
 * programme, which have no start year.
 */
@Component
public class MonitorIndex {

    /** One year of the index: own and group (null where the series has a gap), and their difference. */
    public record Year(int year, Double own, Double group, Double difference) {
    }

    public record Index(int startYear, List<Year> years, List<String> caveats) {
    }

    private final MonitorService service;

    MonitorIndex(MonitorService service) {
        this.service = service;
    }

    public Optional<Index> crime(String gemeente) {
        MonitorReport r = service.report(gemeente, MonitorIndicator.find("crime_total").orElseThrow(), null);
        if (r.change() == null) {
            return Optional.empty();
        }
        return Optional.of(new Index(r.change().startYear(), r.change().years().stream()
                .map(y -> new Year(y.year(), y.ownIndex(), y.groupIndex(), y.difference())).toList(), r.caveats()));
    }
}
