package nl.pmg.planner.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.scoring.Aggregation;
import nl.pmg.planner.scoring.Direction;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;
import nl.pmg.planner.scoring.IndicatorColumn;
import nl.pmg.planner.scoring.MissingPolicy;
import nl.pmg.planner.scoring.Normalisation;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringInput;
import nl.pmg.planner.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

/**
 * Three areas, two domains of one indicator each, one area to pick. A leads on the first indicator
 * (values 3, 1, 2 for A, B, C), B on the second (1, 3, 2), C is in the middle on both. Under every
 * normalisation the arithmetic index is A ∝ s1 − s2 + c, B ∝ s2 − s1 + c, C = c (s = domain shares), so A
 * is picked exactly when the first domain's share exceeds one half, and the missing-value rule cannot
 * matter (nothing is missing).
 */
class SensitivityAnalysisTest {

    private static final ScoringInput INPUT = new ScoringInput("gemeente", List.of("A", "B", "C"),
            Map.of("x1", IndicatorColumn.of("x1", new double[] {3, 1, 2}),
                    "x2", IndicatorColumn.of("x2", new double[] {1, 3, 2})),
            null, null, null, Map.of("x1", 2.0, "x2", 2.0));

    private static Framework framework(double w1, double w2) {
        return new Framework("t", "1", "t", "t", List.of(
                new Domain("d1", "d1", "d1", w1, List.of(new FrameworkIndicator("x1", 1, Direction.HIGHER_IS_RISKIER, null)), null),
                new Domain("d2", "d2", "d2", w2, List.of(new FrameworkIndicator("x2", 1, Direction.HIGHER_IS_RISKIER, null)), null)));
    }

    /** The top one by score; ties go to the first area. */
    static final class TopOne implements Selector {
        private final Framework base;
        private final ScoringEngine engine = new ScoringEngine();

        TopOne(Framework base) {
            this.base = base;
        }

        public List<String> pool() {
            return INPUT.codes();
        }

        public String name(int i) {
            return INPUT.codes().get(i);
        }

        public boolean[] base() {
            return select(base, ScoringOptions.defaults());
        }

        public boolean[] select(Framework f, ScoringOptions o) {
            var areas = engine.score(f, INPUT, o).areas();
            int best = 0;
            for (int i = 1; i < areas.size(); i++) {
                best = areas.get(i).score() > areas.get(best).score() + 1e-12 ? i : best;
            }
            boolean[] m = new boolean[areas.size()];
            m[best] = true;
            return m;
        }
    }

    @Test
    void indicesOfTheSmallInstanceMatchTheHandWorkedOnes() {
        // Weights 0.5·X1 and 0.5·X2 with X ~ U[0.5, 1.5]: A is picked iff X1 > X2, an event of probability 1/2
        // whose first-order indices are 1/3 each and total indices 2/3 each (see SaltelliTest); the
        // normalisation and the missing-value rule never change the pick: indices 0.
        Framework base = framework(0.5, 0.5);
        SensitivityInputs inputs = new SensitivityInputs(base, 0.5, List.of(Normalisation.values()),
                List.of(Aggregation.ARITHMETIC), List.of(MissingPolicy.values()));
        assertEquals(List.of("weight:d1", "weight:d2", "normalisation", "missingPolicy"),
                inputs.inputs().stream().map(SensitivityResult.Input::id).toList());
        SensitivityAnalysis.Outcome o = SensitivityAnalysis.analyse(new TopOne(base), base, ScoringOptions.defaults(),
                inputs, 20_000, 7, null, null, 1);
        assertEquals(120_000, o.runs());
        SensitivityResult.Area a = o.areas().stream().filter(x -> x.code().equals("A")).findFirst().orElseThrow();
        assertEquals(0.5, a.probability(), 0.01);
        assertEquals(1.0 / 3, a.indices().get(0).first(), 0.03);
        assertEquals(1.0 / 3, a.indices().get(1).first(), 0.03);
        assertEquals(2.0 / 3, a.indices().get(0).total(), 0.03);
        assertEquals(2.0 / 3, a.indices().get(1).total(), 0.03);
        assertEquals(0.0, a.indices().get(2).total(), 1e-12);
        assertEquals(0.0, a.indices().get(3).total(), 1e-12);
        List<String> ever = new ArrayList<>(o.areas().stream().map(SensitivityResult.Area::code).toList());
        assertEquals(List.of("A", "B"), ever.stream().sorted().toList(), "C is never picked");
    }

    @Test
    void theWeightRangeOfASelectedAreaEndsWhereItsRivalOvertakesIt() {
        // With shares 0.6 / 0.4 A is picked; it stays picked while the first domain's share is above 0.5
        // (and while the second's is below 0.5), up to the ends of the scale.
        Framework base = framework(0.6, 0.4);
        var ranges = WeightRanges.of(new TopOne(base), base, ScoringOptions.defaults()).get(0);
        SensitivityResult.WeightRange d1 = ranges.get(0);
        SensitivityResult.WeightRange d2 = ranges.get(1);
        assertEquals(0.6, d1.current(), 1e-12);
        assertTrue(d1.low() >= 0.5 - 1e-9 && d1.low() <= 0.5 + WeightRanges.PRECISION, "low " + d1.low());
        assertEquals(1.0, d1.high(), 1e-12);
        assertEquals(0.4, d2.current(), 1e-12);
        assertEquals(0.0, d2.low(), 1e-12);
        assertTrue(d2.high() <= 0.5 + 1e-9 && d2.high() >= 0.5 - WeightRanges.PRECISION, "high " + d2.high());
    }

    @Test
    void theSameSeedGivesTheSameIndicesWhateverTheThreads() throws Exception {
        Framework base = framework(0.5, 0.5);
        SensitivityInputs inputs = new SensitivityInputs(base, 0.5, List.of(Normalisation.PERCENTILE_RANK),
                List.of(Aggregation.ARITHMETIC), List.of(MissingPolicy.REWEIGHT));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var one = SensitivityAnalysis.analyse(new TopOne(base), base, ScoringOptions.defaults(), inputs, 500, 3, null,
                    null, 1);
            var three = SensitivityAnalysis.analyse(new TopOne(base), base, ScoringOptions.defaults(), inputs, 500, 3,
                    null, pool, 3);
            assertEquals(one.areas(), three.areas());
        } finally {
            pool.shutdownNow();
        }
    }
}
