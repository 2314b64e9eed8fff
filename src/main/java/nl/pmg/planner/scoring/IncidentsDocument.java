package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.disclosure.Published;

/**
 * The answer of {@code POST /api/scores} with {@code lens=incidents}: registered crime where it happens, as a count
 * and per km² of land, each with its own national rank (1 = most), and no index — the two are shown separately so
 * that hot places stay visible without posing as where the target group lives. Sorted by count.
 */
record IncidentsDocument(String level, String lens, List<String> indicators, String note, int numberOfAreas,
        int numberReturned, List<Entry> areas) {

    static final String NOTE = "Registered crime by place of offence (Politie, via CBS), 2024: not where the people "
            + "involved live. A value the caller may not see is null with its status.";

    record Entry(String code, String name, String gemeente, Double crimes, String crimesStatus, Integer rankByCount,
            Double crimesPerKm2, String crimesPerKm2Status, Integer rankPerKm2) {
    }

    /** @param values indicator id → code → value, as the caller may see them (already through disclosure) */
    static IncidentsDocument of(Level level, List<Area> areas, Map<String, Map<String, Published>> values,
            String gemeente, int limit) {
        Map<String, Published> count = values.get(Lens.INCIDENT_INDICATORS.get(0));
        Map<String, Published> density = values.get(Lens.INCIDENT_INDICATORS.get(1));
        Map<String, Integer> byCount = ranks(count);
        Map<String, Integer> byDensity = ranks(density);
        List<Entry> all = new ArrayList<>();
        for (Area a : areas) {
            Published c = count.get(a.code());
            Published d = density.get(a.code());
            all.add(new Entry(a.code(), a.name(), a.gemeenteCode(), c == null ? null : c.value(), status(c),
                    byCount.get(a.code()), d == null ? null : d.value(), status(d), byDensity.get(a.code())));
        }
        all.sort(Comparator.comparing((Entry e) -> e.rankByCount() == null ? Integer.MAX_VALUE : e.rankByCount())
                .thenComparing(Entry::code));
        List<Entry> out = all.stream().filter(e -> gemeente == null || gemeente.equals(e.gemeente())).limit(limit).toList();
        return new IncidentsDocument(level.id(), Lens.INCIDENTS.id(), Lens.INCIDENT_INDICATORS, NOTE, all.size(),
                out.size(), out);
    }

    private static String status(Published p) {
        return p == null ? nl.pmg.planner.indicator.Status.MISSING.id() : p.status().id();
    }

    /** Competition ranks by value, highest first ("1, 2, 2, 4"); areas without a value get none. */
    static Map<String, Integer> ranks(Map<String, Published> values) {
        List<Map.Entry<String, Published>> known = values.entrySet().stream().filter(e -> e.getValue().value() != null)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Published> e) -> -e.getValue().value())).toList();
        Map<String, Integer> ranks = new java.util.HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            boolean tie = i > 0 && known.get(i).getValue().value().equals(known.get(i - 1).getValue().value());
            ranks.put(known.get(i).getKey(), tie ? ranks.get(known.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
