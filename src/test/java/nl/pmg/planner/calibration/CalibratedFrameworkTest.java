package nl.pmg.planner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.pmg.planner.scoring.Direction;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;
import org.junit.jupiter.api.Test;

class CalibratedFrameworkTest {

    private static final Framework BASE = new Framework("default", "1.0.0", "d", "d", List.of(
            new Domain("a", "A", "A", 0.5, List.of(ind("x", 2), ind("y", 1)), "r"),
            new Domain("b", "B", "B", 0.5, List.of(ind("z", 1)), "r")));

    private static FrameworkIndicator ind(String id, double w) {
        return new FrameworkIndicator(id, w, Direction.HIGHER_IS_RISKIER, "why");
    }

    private static final double[][] INTERVALS = {{0, 1}, {0, 1}, {0, 1}};

    @Test
    void domainSharesBecomeDomainWeightsAndIndicatorsKeepTheirs() {
        Framework f = CalibratedFramework.of(BASE, Granularity.DOMAIN, List.of("a", "b"), new double[] {0.25, 0.75},
                INTERVALS, "calibrated-2023", "1", "de keuze van 2023", "the 2023 choice");
        assertEquals(0.25, f.domains().get(0).weight());
        assertEquals(0.75, f.domains().get(1).weight());
        assertEquals(2, f.domains().get(0).indicators().get(0).weight());
        assertEquals("Calibrated on the 2023 choice (domains)", f.nameEn());
        assertEquals("Gekalibreerd op de keuze van 2023 (domeinen)", f.nameNl());
    }

    @Test
    void indicatorSharesAreReproducedAsEffectiveWeights() {
        // shares x 0.2, y 0.3, z 0.5: domain a weighs 0.5 with x:y = 2:3 inside, so x's effective weight is
        // 0.5 × 0.2/0.5 = 0.2, y's 0.3 and z's 0.5
        Framework f = CalibratedFramework.of(BASE, Granularity.INDICATOR, List.of("x", "y", "z"),
                new double[] {0.2, 0.3, 0.5}, INTERVALS, "calibrated-2023-indicators", "1", "n", "e");
        Domain a = f.domains().get(0);
        assertEquals(0.5, a.weight(), 1e-12);
        assertEquals(0.2, a.indicators().get(0).weight(), 1e-12);
        assertEquals(0.3, a.indicators().get(1).weight(), 1e-12);
        assertEquals(0.5, f.domains().get(1).weight(), 1e-12);
    }

    @Test
    void aDomainWhoseIndicatorsAllWeighZeroKeepsItsInnerWeightsAtDomainWeightZero() {
        Framework f = CalibratedFramework.of(BASE, Granularity.INDICATOR, List.of("x", "y", "z"),
                new double[] {0, 0, 1}, INTERVALS, "c", "1", "n", "e");
        assertEquals(0, f.domains().get(0).weight());
        assertEquals(2, f.domains().get(0).indicators().get(0).weight());
        assertEquals(1, f.domains().get(1).weight());
    }
}
