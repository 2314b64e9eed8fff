package nl.pmg.planner.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The area hierarchy buurt → wijk → gemeente of one division, held in memory. Built once and
 * read-only afterwards, so it is safe to share between threads.
 */
public final class Areas {

    private final Map<String, Area> byCode = new LinkedHashMap<>();
    private final Map<Level, List<Area>> byLevel = new EnumMap<>(Level.class);
    private final Map<String, List<Area>> children = new HashMap<>();

    /**
     * Builds the hierarchy; fails when a code is repeated or a wijk or buurt names a parent that is
     * not in the set, since a broken hierarchy would silently misplace values.
     */
    public Areas(List<Area> areas) {
        for (Level l : Level.values()) {
            byLevel.put(l, new ArrayList<>());
        }
        for (Area a : areas) {
            if (byCode.putIfAbsent(a.code(), a) != null) {
                throw new IllegalArgumentException("duplicate area code " + a.code());
            }
            byLevel.get(a.level()).add(a);
        }
        for (Area a : areas) {
            if (a.level() == Level.GEMEENTE) {
                continue;
            }
            Area parent = byCode.get(a.parentCode());
            if (parent == null || parent.level().ordinal() != a.level().ordinal() - 1) {
                throw new IllegalArgumentException(a.level().id() + " " + a.code() + " has unknown parent " + a.parentCode());
            }
            if (!a.gemeenteCode().equals(parent.level() == Level.GEMEENTE ? parent.code() : parent.gemeenteCode())) {
                throw new IllegalArgumentException(a.code() + " lies in " + a.gemeenteCode() + " but its parent does not");
            }
            children.computeIfAbsent(parent.code(), c -> new ArrayList<>()).add(a);
        }
        byLevel.replaceAll((l, list) -> Collections.unmodifiableList(list));
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Area> list(Level level) {
        return byLevel.get(level);
    }

    /** Direct children (wijken of a gemeente, buurten of a wijk); empty for a buurt. */
    public List<Area> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** All areas of a level inside a gemeente (the gemeente itself for level gemeente). */
    public List<Area> within(String gemeenteCode, Level level) {
        return list(level).stream().filter(a -> a.gemeenteCode().equals(gemeenteCode)).toList();
    }

    public int count(Level level) {
        return byLevel.get(level).size();
    }
}
