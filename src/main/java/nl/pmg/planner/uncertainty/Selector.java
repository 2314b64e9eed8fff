package nl.pmg.planner.uncertainty;

import java.util.List;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringOptions;

/** The model a sensitivity analysis runs: weights and methods in, a selection (a mask over the pool) out. */
interface Selector {

    /** Codes of the candidates, in the order of every mask. */
    List<String> pool();

    String name(int poolIndex);

    /** The selection under the base framework and options. */
    boolean[] base();

    /** @return the selection, or {@code null} when no selection satisfies the constraints with these scores */
    boolean[] select(Framework framework, ScoringOptions options);
}
