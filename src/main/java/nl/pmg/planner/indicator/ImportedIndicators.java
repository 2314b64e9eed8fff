package nl.pmg.planner.indicator;

import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Level;

/**
 * Indicators an analyst imported after start-up, kept in the store. {@link #refresh()} asks the
 * store whether anything changed (one cheap query), so every instance sharing a database serves
 * the same catalogue; {@link #snapshot()} returns the last state seen, without a query, for the
 * per-area calls that follow within a request.
 */
public interface ImportedIndicators {

    record Snapshot(List<Indicator> catalogue, Map<String, Map<Level, Map<String, Value>>> values) {
    }

    ImportedIndicators NONE = new ImportedIndicators() {
        private final Snapshot empty = new Snapshot(List.of(), Map.of());

        @Override
        public Snapshot refresh() {
            return empty;
        }

        @Override
        public Snapshot snapshot() {
            return empty;
        }
    };

    Snapshot refresh();

    Snapshot snapshot();
}
