package nl.pmg.planner.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.QualityFlag;

/** Orders one gemeente's wijken or buurten for a lens and a rank mode; ties go by code. Pure: rows in, ranks out. */
final class PriorityRanking {

    /**
     * What is known of one area as the caller may see it: its residential score ({@code null} when not ranked),
     * reach and registered crime; null where unknown or withheld.
     */
    record Row(Area area, AreaScore score, Double residents, Double youngResidents, String youngBasis, Double crimes,
            Double crimesPerKm2) {

        boolean ranked() {
            return score != null && !Double.isNaN(score.score());
        }

        Double needTimesReach() {
            return ranked() && youngResidents != null ? score.score() / 100 * youngResidents : null;
        }
    }

    /**
     * One ranked area with its reach. {@code score} is the residential score (need) in both lenses, null where the
     * area is not ranked there; {@code nationalRank} is its national residential rank, in the residential lens only;
     * the crime figures are given in both lenses where known.
     */
    record Ranked(String code, String name, int rankInGemeente, Integer nationalRank, Double score, Double residents,
            Double youngResidents, String youngResidentsBasis, Double needTimesReach, Double crimes,
            Double crimesPerKm2, List<String> p90Flags, Set<QualityFlag> qualityFlags, List<String> missingDomains) {
    }

    private PriorityRanking() {
    }

    /**
     * The residential lens: areas with a residential score (eligible, no required domain missing), by need or by
     * need × reach (score / 100 × young residents; an area without a young-residents figure cannot be ordered so
     * and is left out of that order).
     */
    static List<Ranked> residential(List<Row> rows, boolean byReach, int k) {
        List<Row> candidates = rows.stream().filter(Row::ranked).filter(r -> !byReach || r.needTimesReach() != null)
                .toList();
        return top(candidates, byReach ? Row::needTimesReach : r -> r.score().score(), k, true);
    }

    /** The incidents lens: every area with a crime figure, by count or per km²; no eligibility rule. */
    static List<Ranked> incidents(List<Row> rows, boolean perKm2, int k) {
        List<Row> candidates = rows.stream().filter(r -> (perKm2 ? r.crimesPerKm2() : r.crimes()) != null).toList();
        return top(candidates, perKm2 ? Row::crimesPerKm2 : Row::crimes, k, false);
    }

    private static List<Ranked> top(List<Row> candidates, ToDoubleFunction<Row> key, int k, boolean residential) {
        List<Row> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(key).reversed().thenComparing(r -> r.area().code()));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, sorted.size()); i++) {
            Row r = sorted.get(i);
            AreaScore s = r.ranked() ? r.score() : null;
            out.add(new Ranked(r.area().code(), r.area().name(), i + 1, s == null || !residential ? null : s.rank(),
                    s == null ? null : s.score(), r.residents(), r.youngResidents(),
                    r.youngResidents() == null ? null : r.youngBasis(), r.needTimesReach(), r.crimes(),
                    r.crimesPerKm2(), s == null ? List.of() : s.p90Flags(),
                    r.score() == null ? Set.of() : r.score().qualityFlags(),
                    r.score() == null ? List.of() : r.score().missingDomains()));
        }
        return out;
    }
}
