package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pmg.planner.area.AreaLoader;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.shared.GeodataProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §2.3 states, per level, the share of the score each indicator actually carries on the shipped data
 * (after coverage over eligible areas, dropped indicators and dropped domains). Those tables must equal what the
 * engine reports ({@link ScoringResult#effectiveWeights()}), rounded to one decimal: the review found 75 % on crime
 * per resident at buurt level where the document said 37.5 %. On a mismatch the message prints the table to paste.
 */
class MethodWeightsTableTest {

    private static final List<Level> LEVELS = List.of(Level.GEMEENTE, Level.WIJK, Level.BUURT);
    private static String method;
    private static ScoringInputs inputs;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream md = MethodWeightsTableTest.class.getResourceAsStream("/scoring/METHOD.md")) {
            method = new String(md.readAllBytes(), StandardCharsets.UTF_8);
        }
        GeodataProperties geodata = new GeodataProperties(Path.of("geodata"));
        Areas areas = AreaLoader.load(geodata.file("areas_2024.gpkg"));
        inputs = new ScoringInputs(areas, new IndicatorValues(geodata, areas), EligibilityProperties.DEFAULTS);
    }

    @Test
    void defaultFrameworkTableIsTheEffectiveWeightsOnTheShippedData() {
        check(DefaultFramework.get(), "<!-- effective-weights:default -->");
    }

    @Test
    void residentialFrameworkTableIsTheEffectiveWeightsOnTheShippedData() {
        check(DefaultFramework.residential(), "<!-- effective-weights:residential -->");
    }

    private static void check(Framework framework, String marker) {
        String expected = table(framework);
        int start = method.indexOf(marker);
        assertThat(start).as("METHOD.md has the marker " + marker).isGreaterThan(0);
        int from = method.indexOf("| Indicator", start);
        int to = method.indexOf("\n\n", from);
        String actual = method.substring(from, to).trim();
        assertThat(actual).as("METHOD.md table after %s; computed:%n%s", marker, expected).isEqualTo(expected);
    }

    /** The markdown table: one row per framework indicator, % per level, "–" where it does not enter. */
    static String table(Framework framework) {
        if (inputs == null) {
            try {
                load();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Map<Level, Map<String, Double>> weights = new EnumMap<>(Level.class);
        for (Level level : LEVELS) {
            ScoringInput input = inputs.build(level, Scores.ids(framework));
            weights.put(level, new ScoringEngine().score(framework, input, ScoringOptions.defaults()).effectiveWeights());
        }
        List<String> rows = new ArrayList<>();
        rows.add("| Indicator | Gemeente | Wijk | Buurt |");
        rows.add("|---|---:|---:|---:|");
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Domain d : framework.domains()) {
            for (FrameworkIndicator i : d.indicators()) {
                StringBuilder row = new StringBuilder("| ").append(i.indicatorId());
                for (Level level : LEVELS) {
                    Double w = weights.get(level).get(i.indicatorId());
                    row.append(" | ").append(w == null ? "–" : String.format(Locale.ROOT, "%.1f", 100 * w));
                    totals.merge(level.id(), w == null ? 0 : w, Double::sum);
                }
                rows.add(row.append(" |").toString());
            }
        }
        return String.join("\n", rows);
    }
}
