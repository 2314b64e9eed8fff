package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change since the start year indexed to 100, for one area and for its comparison group, the
 * difference between the two, and the placebo distribution of that difference. The group's index is
 * the plain mean of its members' indices, so every comparison municipality counts once whatever its size.
 */
final class ChangeFigures {

    /** One year of the change figures; placebo bounds are null when there are too few placebos. */
    record Year(int year, Double ownIndex, Double groupIndex, Double difference, Double placeboLow,
            Double placeboHigh) {
    }

    private ChangeFigures() {
    }

    /** Year → 100 × value / value in the start year, from the start year on; empty without a start value. */
    static Map<Integer, Double> index(Map<Integer, Double> values, int startYear) {
        Map<Integer, Double> index = new TreeMap<>();
        Double base = values.get(startYear);
        if (base == null || base == 0) {
            return index;
        }
        values.forEach((year, v) -> {
            if (year >= startYear) {
                index.put(year, year == startYear ? 100.0 : 100 * v / base); // exactly 100, whatever the rounding
            }
        });
        return index;
    }

    /** Year → mean of the members' indices over the members that have that year. */
    static Map<Integer, Double> groupIndex(Collection<Map<Integer, Double>> memberIndices) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (Map<Integer, Double> m : memberIndices) {
            m.forEach((year, v) -> {
                double[] s = sums.computeIfAbsent(year, y -> new double[2]);
                s[0] += v;
                s[1]++;
            });
        }
        Map<Integer, Double> mean = new TreeMap<>();
        sums.forEach((year, s) -> mean.put(year, s[0] / s[1]));
        return mean;
    }

    /** Year → own index − group index, for the years both have. */
    static Map<Integer, Double> difference(Map<Integer, Double> own, Map<Integer, Double> group) {
        Map<Integer, Double> d = new TreeMap<>();
        own.forEach((year, v) -> {
            if (group.containsKey(year)) {
                d.put(year, v - group.get(year));
            }
        });
        return d;
    }

    /**
     * Joins the area's figures with the placebo interval: per year the central {@code share} of the
     * pseudo-starters' differences, bounds by linear interpolation between order statistics.
     */
    static List<Year> years(Map<Integer, Double> own, Map<Integer, Double> group,
            Collection<Map<Integer, Double>> placeboDifferences, double share) {
        Map<Integer, Double> diff = difference(own, group);
        List<Year> years = new ArrayList<>();
        for (int year : own.keySet()) {
            List<Double> placebo = new ArrayList<>();
            for (Map<Integer, Double> p : placeboDifferences) {
                if (p.get(year) != null) {
                    placebo.add(p.get(year));
                }
            }
            placebo.sort(null);
            boolean enough = placebo.size() >= 2;
            years.add(new Year(year, own.get(year), group.get(year), diff.get(year),
                    enough ? quantile(placebo, (1 - share) / 2) : null,
                    enough ? quantile(placebo, (1 + share) / 2) : null));
        }
        return years;
    }

    /** The p-quantile of sorted values, interpolating linearly between neighbours (Hyndman–Fan type 7). */
    static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}
