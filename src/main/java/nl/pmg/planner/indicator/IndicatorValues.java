package nl.pmg.planner.indicator;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.GeodataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator catalogue and every indicator's value for every area of every level it exists
 * at, computed once at start-up from the shipped variables. Read-only afterwards.
 */
@Component
public class IndicatorValues {

    private static final Logger log = LoggerFactory.getLogger(IndicatorValues.class);

    private final Map<String, Indicator> catalogue;
    private final Map<String, Map<Level, Map<String, Value>>> values = new HashMap<>();
    private final String licence;

    public IndicatorValues(GeodataProperties geodata, Areas areas) {
        CatalogueFile file = JsonMapper.builder().build()
                .readValue(geodata.file("catalogue.json").toFile(), CatalogueFile.class);
        this.licence = file.licence();
        this.catalogue = file.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        Map<String, Variable> variables = file.variables().stream()
                .collect(Collectors.toMap(Variable::id, Function.identity()));
        var derived = VariableCells.derivedKeys(geodata.file("derived_values.csv"));
        for (Level level : Level.values()) {
            VariableCells cells = VariableCells.read(level.id(), geodata.file("variables_" + level.id() + ".csv"),
                    variables, derived);
            for (Indicator ind : catalogue.values()) {
                if (ind.levels().contains(level.id())) {
                    values.computeIfAbsent(ind.id(), k -> new HashMap<>()).put(level, compute(ind, level, areas, cells));
                }
            }
        }
        log.info("indicator catalogue: {} indicators over {} variables", catalogue.size(), variables.size());
    }

    private static Map<String, Value> compute(Indicator ind, Level level, Areas areas, VariableCells cells) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Area a : areas.list(level)) {
            out.put(a.code(), IndicatorCalculator.compute(ind.method(), v -> cells.get(a.code(), v)));
        }
        return Collections.unmodifiableMap(out);
    }

    public List<Indicator> catalogue() {
        return List.copyOf(catalogue.values());
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(catalogue.get(id));
    }

    public String licence() {
        return licence;
    }

    /** Code → value for every area of the level; empty when the indicator does not exist at that level. */
    public Map<String, Value> values(String indicatorId, Level level) {
        return values.getOrDefault(indicatorId, Map.of()).getOrDefault(level, Map.of());
    }

    /** One area's value; MISSING when the indicator does not exist at the area's level. */
    public Value value(String indicatorId, Area area) {
        Value v = values(indicatorId, area.level()).get(area.code());
        return v == null ? Value.missing() : v;
    }
}
