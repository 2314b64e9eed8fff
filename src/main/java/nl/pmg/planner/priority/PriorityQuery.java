package nl.pmg.planner.priority;

import java.util.List;
import java.util.Locale;
import nl.pmg.planner.scoring.Lens;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;

/**
 * What a priority-areas request asks for. {@code lens}: {@code residential} (default) ranks by the residents'
 * situation, {@code incidents} by registered crime. {@code rank}: for the residential lens {@code need} (default,
 * the residential score) or {@code need_x_reach} (score × young residents, so a large deprived wijk can outrank a
 * small one); for the incidents lens {@code count} (default) or {@code per_km2}.
 */
record PriorityQuery(Lens lens, String rank, int k, int permutations, long seed) {

    static final List<String> RESIDENTIAL_RANKS = List.of("need", "need_x_reach");
    static final List<String> INCIDENT_RANKS = List.of("count", "per_km2");

    /** Parses and checks the request parameters; every bad one is a 400 naming it. */
    static PriorityQuery parse(String lensText, String rankText, int k, int permutations, long seed) {
        Lens lens = lensText == null ? Lens.RESIDENTIAL : Lens.ofId(lensText).orElseThrow(() -> new InvalidParameter(
                "lens", "lens must be residential or incidents, not '" + Text.shorten(lensText) + "'."));
        List<String> ranks = lens == Lens.RESIDENTIAL ? RESIDENTIAL_RANKS : INCIDENT_RANKS;
        String rank = rankText == null ? ranks.get(0) : rankText.trim().toLowerCase(Locale.ROOT);
        if (!ranks.contains(rank)) {
            throw new InvalidParameter("rank", "rank must be " + String.join(" or ", ranks) + " for lens " + lens.id()
                    + ", not '" + Text.shorten(rankText) + "'.");
        }
        if (k < 1 || k > 100) {
            throw new InvalidParameter("k", "k must be between 1 and 100.");
        }
        if (permutations < 99 || permutations > 9999) {
            throw new InvalidParameter("permutations", "permutations must be between 99 and 9999.");
        }
        return new PriorityQuery(lens, rank, k, permutations, seed);
    }
}
