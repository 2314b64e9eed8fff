package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The random rearrangements the calibration needs, each from its own seeded generator. */
final class Resampling {

    private Resampling() {
    }

    /** A generator for replicate {@code index} of a procedure, independent of how replicates are scheduled. */
    static SplittableRandom stream(long seed, long procedure, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + procedure * 0xBF58476D1CE4E5B9L + index);
    }

    /**
     * Stratified bootstrap: as many chosen candidates drawn with replacement from the chosen, and as many
     * others from the others, so every replicate is a decision of the same size among as many candidates.
     */
    static ChoiceSet bootstrap(ChoiceSet s, SplittableRandom rng) {
        int[] chosen = indices(s, true);
        int[] other = indices(s, false);
        int[] rows = new int[s.size()];
        int r = 0;
        for (int i = 0; i < chosen.length; i++) {
            rows[r++] = chosen[rng.nextInt(chosen.length)];
        }
        for (int i = 0; i < other.length; i++) {
            rows[r++] = other[rng.nextInt(other.length)];
        }
        return s.rows(rows);
    }

    /** The same candidates with a uniformly random choice of the same size: the null of "not explained". */
    static ChoiceSet permuted(ChoiceSet s, SplittableRandom rng) {
        int n = s.size();
        int[] order = shuffled(n, rng);
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < s.chosenCount(); i++) {
            chosen[order[i]] = true;
        }
        return s.withChosen(chosen);
    }

    /**
     * Stratified folds: chosen and other candidates are shuffled separately and dealt round-robin, so every
     * fold holds about the same share of chosen ones. {@code folds} must not exceed the chosen count.
     *
     * @return per fold the candidate indices it holds out
     */
    static List<int[]> folds(ChoiceSet s, int folds, SplittableRandom rng) {
        List<List<Integer>> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            out.add(new ArrayList<>());
        }
        int dealt = 0;
        for (boolean chosen : new boolean[] {true, false}) {
            int[] idx = indices(s, chosen);
            int[] order = shuffled(idx.length, rng);
            for (int i : order) {
                out.get(dealt++ % folds).add(idx[i]);
            }
        }
        return out.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray()).toList();
    }

    static int[] complement(int n, int[] held) {
        boolean[] out = new boolean[n];
        for (int i : held) {
            out[i] = true;
        }
        int[] rest = new int[n - held.length];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (!out[i]) {
                rest[r++] = i;
            }
        }
        return rest;
    }

    private static int[] indices(ChoiceSet s, boolean chosen) {
        int[] idx = new int[chosen ? s.chosenCount() : s.size() - s.chosenCount()];
        int r = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.chosen()[i] == chosen) {
                idx[r++] = i;
            }
        }
        return idx;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
