package nl.pmg.planner.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.store.Store;
import org.springframework.stereotype.Component;

/** The area codes of a division, numbered, so that an import can check codes and duplicates cheaply. */
@Component
class AreaCodes {

    static final int SHIPPED_VINTAGE = 2024;

    /** Code → number (0..n-1) and level per number. */
    record Division(int vintage, Map<String, Integer> numbers, Level[] levels) {

        Integer number(String code) {
            return numbers.get(code);
        }
    }

    private final Areas shipped;
    private final Store store;
    private volatile Division shippedDivision;

    AreaCodes(Areas shipped, Store store) {
        this.shipped = shipped;
        this.store = store;
    }

    /** The division of a vintage; null when the store has no boundaries for it. */
    Division of(int vintage) {
        if (vintage == SHIPPED_VINTAGE) {
            if (shippedDivision == null) {
                List<Area> all = new java.util.ArrayList<>();
                for (Level l : Level.values()) {
                    all.addAll(shipped.list(l));
                }
                shippedDivision = build(vintage, all);
            }
            return shippedDivision;
        }
        List<Area> areas = store.areas(vintage);
        return areas.isEmpty() ? null : build(vintage, areas);
    }

    private static Division build(int vintage, List<Area> areas) {
        Map<String, Integer> numbers = new HashMap<>();
        Level[] levels = new Level[areas.size()];
        for (Area a : areas) {
            levels[numbers.size()] = a.level();
            numbers.put(a.code(), numbers.size());
        }
        return new Division(vintage, numbers, levels);
    }
}
