package nl.pmg.planner.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Hot spots on a synthetic grid of 200 m cells separated by 20 m gaps, like the reconstructed buurten. */
class LocalMoranTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final int SIDE = 10;

    /** Cell (r, c) as a 180 m square, leaving a 20 m gap to each neighbour. */
    private static List<Geometry> grid() {
        List<Geometry> cells = new ArrayList<>();
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double x = c * 200;
                double y = r * 200;
                cells.add(GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 180, y),
                    new Coordinate(x + 180, y + 180), new Coordinate(x, y + 180), new Coordinate(x, y)}));
            }
        }
        return cells;
    }

    private static boolean planted(int i) {
        int r = i / SIDE;
        int c = i % SIDE;
        return r >= 2 && r <= 4 && c >= 5 && c <= 7;
    }

    @Test
    void queenContiguityBridgesTheGapsButNotTheNextRow() {
        int[][] nb = Contiguity.queen(grid(), Contiguity.DEFAULT_TOLERANCE_M);
        assertThat(nb[0]).containsExactly(1, 10, 11);
        assertThat(nb[55]).hasSize(8);
        assertThat(Contiguity.queen(grid(), 0)[55]).isEmpty();
    }

    @Test
    void findsThePlantedHighHighClusterAndNothingElse() {
        SplittableRandom noise = new SplittableRandom(7);
        double[] x = new double[SIDE * SIDE];
        for (int i = 0; i < x.length; i++) {
            x[i] = (planted(i) ? 80 : 30) + noise.nextDouble(-5, 5);
        }
        LocalMoran.Result r = LocalMoran.compute(x, Contiguity.queen(grid(), 30), 999, 42);
        TreeSet<Integer> hot = new TreeSet<>();
        for (int i = 0; i < x.length; i++) {
            if (r.highHigh(i, 0.05)) {
                hot.add(i);
            }
        }
        // The centre of the 3 × 3 block (row 3, column 6) has eight high neighbours; the block's edge
        // cells have three to five. All nine are High-High; no low cell is.
        assertThat(hot).contains(36).allMatch(LocalMoranTest::planted);
        assertThat(hot.size()).isGreaterThanOrEqualTo(7);
        assertThat(r.pValue()[36]).isEqualTo(0.001);
    }

    @Test
    void theSameSeedGivesTheSamePValues() {
        double[] x = new double[SIDE * SIDE];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7;
        }
        int[][] nb = Contiguity.queen(grid(), 30);
        assertThat(LocalMoran.compute(x, nb, 199, 5).pValue()).containsExactly(LocalMoran.compute(x, nb, 199, 5).pValue());
    }
}
