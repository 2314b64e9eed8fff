package nl.pmg.planner.selection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The prevention pathway's score per gemeente: the framework {@code scoring/prevention-framework.json} (rising
 * crime, growing numbers of young people, early signals; argued in METHOD.md) run through the same engine and
 * default options as the risk index, on the data of the selection's vintage. Computed once per data set; an
 * indicator a data set lacks (e.g. the growth of young people before 2024) spreads its weight within its domain.
 */
@Component
class PreventionScores {

    static final Framework FRAMEWORK = load();

    private final GemeenteInput gemeenteInput;
    private final ScoringEngine engine = new ScoringEngine();
    private final Map<IndicatorValues, Map<String, AreaScore>> scored = new ConcurrentHashMap<>();

    PreventionScores(GemeenteInput gemeenteInput) {
        this.gemeenteInput = gemeenteInput;
    }

    /** Code → prevention score of every gemeente, on the given data (latest or an as-of set). */
    Map<String, AreaScore> of(IndicatorValues values) {
        return scored.computeIfAbsent(values, v -> {
            Map<String, AreaScore> out = new HashMap<>();
            engine.score(FRAMEWORK, gemeenteInput.build(FRAMEWORK, v), ScoringOptions.defaults()).areas()
                    .forEach(a -> out.put(a.code(), a));
            return Map.copyOf(out);
        });
    }

    /** The candidates with their prevention score ({@code NaN} where the gemeente has none). */
    static List<Candidate> apply(List<Candidate> all, Map<String, AreaScore> prevention) {
        return all.stream().map(c -> {
            AreaScore a = prevention.get(c.code());
            return c.withPreventionScore(a == null ? Double.NaN : a.score());
        }).toList();
    }

    private static Framework load() {
        try (InputStream in = PreventionScores.class.getResourceAsStream("/scoring/prevention-framework.json")) {
            if (in == null) {
                throw new IllegalStateException("scoring/prevention-framework.json is missing from the classpath");
            }
            return JsonMapper.builder().build().readValue(in, Framework.class).validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
