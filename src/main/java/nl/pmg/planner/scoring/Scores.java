package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import org.springframework.stereotype.Component;

/**
 * Scores a level of the 2024 division against a framework. The default framework's results with
 * default options are computed once per level and kept, since the map asks for them often and
 * they never change while the service runs.
 */
@Component
public class Scores {

    /** A level's scores; for gemeenten also the concentration of young people in top-decile buurten. */
    public record LevelScores(ScoringResult result, Map<String, Concentration> concentration) {
    }

    private final ScoringEngine engine = new ScoringEngine();
    private final ScoringInputs inputs;
    private final Areas areas;
    private final Map<Level, LevelScores> defaults = new EnumMap<>(Level.class);
    private final Map<Level, LevelScores> residential = new EnumMap<>(Level.class);

    Scores(ScoringInputs inputs, Areas areas) {
        this.inputs = inputs;
        this.areas = areas;
    }

    public static Framework defaultFramework() {
        return DefaultFramework.get();
    }

    /** The default framework with default options, computed on first use. */
    public synchronized LevelScores defaults(Level level) {
        return defaults.computeIfAbsent(level, l -> score(DefaultFramework.get(), l, ScoringOptions.defaults(),
                GemeenteMethod.INDICATORS));
    }

    /** The residential lens ("where young people live") with default options, computed on first use. */
    public synchronized LevelScores residential(Level level) {
        return residential.computeIfAbsent(level, l -> score(DefaultFramework.residential(), l,
                ScoringOptions.defaults(), GemeenteMethod.INDICATORS));
    }

    /** The residential framework (its id and version go with every residential score). */
    public static Framework residentialFramework() {
        return DefaultFramework.residential();
    }

    /**
     * Scores every area of a level. For gemeenten, {@code method} chooses gemeente-level indicators or
     * buurt aggregation; the concentration measures always come from the buurt run.
     */
    public LevelScores score(Framework framework, Level level, ScoringOptions options, GemeenteMethod method) {
        framework.validate();
        if (level != Level.GEMEENTE) {
            return scoreLevel(framework, level, options);
        }
        return scoreGemeenten(framework, options, method, scoreLevel(framework, Level.BUURT, options).result());
    }

    /** All three levels in one go, scoring buurten once for both their own result and gemeente concentration. */
    public Map<Level, LevelScores> scoreAll(Framework framework, ScoringOptions options, GemeenteMethod method) {
        framework.validate();
        Map<Level, LevelScores> all = new EnumMap<>(Level.class);
        all.put(Level.BUURT, scoreLevel(framework, Level.BUURT, options));
        all.put(Level.WIJK, scoreLevel(framework, Level.WIJK, options));
        all.put(Level.GEMEENTE, scoreGemeenten(framework, options, method, all.get(Level.BUURT).result()));
        return all;
    }

    private LevelScores scoreLevel(Framework framework, Level level, ScoringOptions options) {
        return new LevelScores(engine.score(framework, inputs.build(level, ids(framework)), options), Map.of());
    }

    private LevelScores scoreGemeenten(Framework framework, ScoringOptions options, GemeenteMethod method,
            ScoringResult buurten) {
        ScoringInput buurtInput = inputs.build(Level.BUURT, ids(framework));
        List<String> gemeenteOfBuurt = areas.list(Level.BUURT).stream().map(Area::gemeenteCode).toList();
        Map<String, Concentration> concentration = ParentAggregation.concentration(buurtInput, buurten, gemeenteOfBuurt);
        List<String> gemeenten = areas.list(Level.GEMEENTE).stream().map(Area::code).toList();
        ScoringResult result = method == GemeenteMethod.BUURT_AGGREGATE
                ? BuurtAggregate.toParents(buurtInput, buurten, gemeenteOfBuurt, gemeenten, Level.GEMEENTE.id())
                : engine.score(framework, inputs.build(Level.GEMEENTE, ids(framework)), options);
        return new LevelScores(result, concentration);
    }

    static List<String> ids(Framework framework) {
        List<String> ids = new ArrayList<>();
        framework.domains().forEach(d -> d.indicators().forEach(i -> ids.add(i.indicatorId())));
        return ids;
    }
}
