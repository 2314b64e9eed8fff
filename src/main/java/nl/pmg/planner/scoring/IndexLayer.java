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
 * The shipped indices as map layers, at every level, with default options: {@code index} and one
 * {@code index_<domain>} per domain of the default framework, and {@code index_residential} and
 * {@code index_residential_<domain>} for the residential lens ("where young people live"). The incidents lens
 * needs no index layer: its two layers are the catalogue indicators {@link Lens#INCIDENT_INDICATORS}. Values are
 * derived (computed by us); areas that are not ranked (not eligible, a required domain missing) are missing.
 */
@Component
public class IndexLayer {

    public static final String INDEX = "index";
    public static final String RESIDENTIAL = "index_residential";

    private final Scores scores;
    private final Map<String, Map<String, Value>> cache = new ConcurrentHashMap<>();

    IndexLayer(Scores scores) {
        this.scores = scores;
    }

    public boolean handles(String id) {
        return find(id).isPresent();
    }

    /** Catalogue entries for both indices and their domains (the shipped frameworks are fixed, so built once). */
    public List<Indicator> indicators() {
        List<Indicator> list = catalogue;
        if (list == null) {
            list = List.copyOf(build());
            catalogue = list;
        }
        return list;
    }

    private volatile List<Indicator> catalogue;

    private static List<Indicator> build() {
        List<Indicator> list = new ArrayList<>();
        add(list, INDEX, Scores.defaultFramework(), "Risico-index (standaard)", "Risk index (default)",
                "Composite risk score of the default framework");
        add(list, RESIDENTIAL, Scores.residentialFramework(), "Waar jongeren wonen (woonlens)",
                "Where young people live (residential lens)",
                "Composite score of the residents' situation (young people, socio-economic position, housing; no crime "
                        + "by place of offence), the residential framework");
        return list;
    }

    private static void add(List<Indicator> list, String prefix, Framework f, String labelNl, String labelEn,
            String what) {
        List<String> levels = List.of("gemeente", "wijk", "buurt");
        String source = "Risk index, framework '" + f.id() + "' " + f.version() + " (scoring/METHOD.md)";
        list.add(new Indicator(prefix, labelNl, labelEn, what + ": percentile-rank normalisation, weighted arithmetic "
                + "mean of domain scores; 0-100, higher is riskier. Wijken and buurten with fewer than the eligibility "
                + "threshold of residents or households are not ranked. See scoring/METHOD.md.",
                "score 0-100", "score 0-100", source, "2024", levels, "higher_is_riskier", null));
        for (Domain d : f.domains()) {
            list.add(new Indicator(prefix + "_" + d.id(), labelNl + ": " + d.labelNl(), labelEn + ": " + d.labelEn(),
                    "Domain score '" + d.labelEn() + "' of framework '" + f.id() + "', 0-100, higher is riskier.",
                    "score 0-100", "score 0-100", source, "2024", levels, "higher_is_riskier", null));
        }
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
            boolean residential = id.equals(RESIDENTIAL) || id.startsWith(RESIDENTIAL + "_");
            String prefix = residential ? RESIDENTIAL : INDEX;
            String domain = id.equals(prefix) ? null : id.substring(prefix.length() + 1);
            Scores.LevelScores run = residential ? scores.residential(level) : scores.defaults(level);
            Map<String, Value> out = new LinkedHashMap<>();
            for (AreaScore a : run.result().areas()) {
                Double v = domain == null ? Double.valueOf(a.score()) : a.domainScores().get(domain);
                boolean ranked = !Double.isNaN(a.score());
                out.put(a.code(), v == null || !Double.isFinite(v) || !ranked ? Value.missing() : Value.of(v, Status.DERIVED));
            }
            return java.util.Collections.unmodifiableMap(new HashMap<>(out));
        });
    }
}
