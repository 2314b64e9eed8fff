package nl.pmg.planner.indicator;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.GeodataProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated indicators of {@code geodata/}: catalogue and indicator → level → area code → value.
 * Computed from the shipped variables ({@link #compute}) or read back from the PostGIS store,
 * which holds exactly what {@link #compute} produced at import time.
 */
public record ShippedIndicators(String licence, List<Indicator> catalogue,
        Map<String, Map<Level, Map<String, Value>>> values) {

    public static ShippedIndicators compute(GeodataProperties geodata, Areas areas) {
        CatalogueFile file = JsonMapper.builder().build()
                .readValue(geodata.file("catalogue.json").toFile(), CatalogueFile.class);
        // first entry wins: geodata/asof-2023/catalogue.json lists crimes_2022 twice (same cells, two labels)
        Map<String, Variable> variables = file.variables().stream()
                .collect(Collectors.toMap(Variable::id, Function.identity(), (first, second) -> first));
        var derived = VariableCells.derivedKeys(geodata.file("derived_values.csv"));
        Map<String, Map<Level, Map<String, Value>>> values = new HashMap<>();
        for (Level level : Level.values()) {
            // a data set of one level only (geodata/asof-2023 is gemeente-only) ships no file for the others
            if (file.indicators().stream().noneMatch(i -> i.levels().contains(level.id()))) {
                continue;
            }
            VariableCells cells = VariableCells.read(level.id(), geodata.file("variables_" + level.id() + ".csv"),
                    variables, derived);
            for (Indicator ind : file.indicators()) {
                if (ind.levels().contains(level.id())) {
                    values.computeIfAbsent(ind.id(), k -> new HashMap<>()).put(level, compute(ind, level, areas, cells));
                }
            }
        }
        return new ShippedIndicators(file.licence(), file.indicators(), values);
    }

    /**
     * Every area of the level, then the few codes the variables have but the boundaries do not (8 tiny buurten
     * without a boundary): they have figures, so {@code /values} serves them too; maps simply have nothing to colour.
     */
    private static Map<String, Value> compute(Indicator ind, Level level, Areas areas, VariableCells cells) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Area a : areas.list(level)) {
            out.put(a.code(), IndicatorCalculator.compute(ind.method(), v -> cells.get(a.code(), v)));
        }
        for (String code : new java.util.TreeSet<>(cells.codes())) {
            if (areas.find(code).isEmpty()) {
                out.put(code, IndicatorCalculator.compute(ind.method(), v -> cells.get(code, v)));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
