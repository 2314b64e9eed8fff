package nl.pmg.planner.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.ImportedIndicators;
import nl.pmg.planner.indicator.Value;

/**
 * Imported indicators as the indicator API sees them. The snapshot is reloaded only when the
 * store's generation (the last accepted import) changed, so a refresh is one indexed query, and
 * an import accepted by another instance is served here from the next request on.
 */
final class StoredIndicators implements ImportedIndicators {

    private record Cached(long generation, Snapshot snapshot) {
    }

    private final Store store;
    private final Areas areas;
    private volatile Cached cached = new Cached(-1, null);

    StoredIndicators(Store store, Areas areas) {
        this.store = store;
        this.areas = areas;
    }

    @Override
    public Snapshot refresh() {
        long generation = store.generation();
        Cached c = cached;
        if (c.generation() != generation) {
            synchronized (this) {
                c = cached;
                if (c.generation() != generation) {
                    c = new Cached(generation, new Snapshot(store.importedCatalogue(), complete(store.importedValues())));
                    cached = c;
                }
            }
        }
        return c.snapshot();
    }

    /** Every area of the level gets a value, as for shipped indicators: an area not in the table is missing. */
    private Map<String, Map<Level, Map<String, Value>>> complete(Map<String, Map<Level, Map<String, Value>>> stored) {
        Map<String, Map<Level, Map<String, Value>>> out = new HashMap<>();
        stored.forEach((id, perLevel) -> perLevel.forEach((level, values) -> {
            Map<String, Value> all = new LinkedHashMap<>();
            for (Area a : areas.list(level)) {
                all.put(a.code(), values.getOrDefault(a.code(), Value.missing()));
            }
            out.computeIfAbsent(id, k -> new HashMap<>()).put(level, all);
        }));
        return out;
    }

    @Override
    public Snapshot snapshot() {
        Cached c = cached;
        return c.snapshot() == null ? refresh() : c.snapshot();
    }
}
