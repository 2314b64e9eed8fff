package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.shared.Undisclosed;
import org.springframework.stereotype.Component;

/**
 * The default risk index as map layers: {@code index} and one {@code index_<domain>} per domain,
 * at every level, with the default framework and options. Values are derived (computed by us).
 */
@Component
public class IndexLayer {

    public static final String INDEX = "index";

    private final Scores scores;
    private final Map<String, Map<String, Value>> cache = new ConcurrentHashMap<>();

    IndexLayer(Scores scores) {
        this.scores = scores;
    }

    public boolean handles(String id) {
        return find(id).isPresent();
    }

    /** Catalogue entries for the index and its domains (the default framework is fixed, so built once). */
    public List<Indicator> indicators() {
        List<Indicator> list = catalogue;
        if (list == null) {
            list = List.copyOf(build());
            catalogue = list;
        }
        return list;
    }

    private volatile List<Indicator> catalogue;

    private List<Indicator> build() {
        Framework f = Scores.defaultFramework();
        List<String> levels = List.of("gemeente", "wijk", "buurt");
        String source = "Risk index, framework '" + f.id() + "' " + f.version() + " (scoring/METHOD.md)";
        List<Indicator> list = new ArrayList<>();
        list.add(new Indicator(INDEX, "Risico-index (standaard)", "Risk index (default)",
                "Composite risk score of the default framework: percentile-rank normalisation, weighted arithmetic "
                        + "mean of domain scores; 0-100, higher is riskier. See scoring/METHOD.md.",
                "score 0-100", "score 0-100", source, "2024", levels, "higher_is_riskier", null));
        for (Domain d : f.domains()) {
            list.add(new Indicator(INDEX + "_" + d.id(), "Risico-index: " + d.labelNl(), "Risk index: " + d.labelEn(),
                    "Domain score '" + d.labelEn() + "' of the default framework, 0-100, higher is riskier.",
                    "score 0-100", "score 0-100", source, "2024", levels, "higher_is_riskier", null));
        }
        return list;
    }

    public Optional<Indicator> find(String id) {
        for (Indicator i : indicators()) {
            if (i.id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Undisclosed
    public Value value(String id, Area area) {
        Value v = values(id, area.level()).get(area.code());
        return v == null ? Value.missing() : v;
    }

    @Undisclosed
    public Map<String, Value> values(String id, Level level) {
        if (!handles(id)) {
            return Map.of();
        }
        return cache.computeIfAbsent(id + '@' + level.id(), k -> {
            Map<String, Value> out = new LinkedHashMap<>();
            String domain = id.equals(INDEX) ? null : id.substring(INDEX.length() + 1);
            for (AreaScore a : scores.defaults(level).result().areas()) {
                Double v = domain == null ? Double.valueOf(a.score()) : a.domainScores().get(domain);
                out.put(a.code(), v == null || !Double.isFinite(v) ? Value.missing() : Value.of(v, Status.DERIVED));
            }
            return java.util.Collections.unmodifiableMap(new HashMap<>(out));
        });
    }
}
