package nl.pmg.planner.calibration;

import java.util.List;

/**
 * One decision to explain: the candidates that could have been chosen (not locked in) with their
 * features, and which of them were chosen. Features are oriented and normalised so that higher means
 * riskier (e.g. domain scores / 100), which is what makes a non-negative weight mean "chosen because
 * riskier on this".
 *
 * @param codes    candidate area codes, aligned with the rows of {@code features}
 * @param features [candidate][feature], finite
 * @param chosen   per candidate whether it was chosen; at least one chosen and one not
 */
record ChoiceSet(List<String> codes, double[][] features, boolean[] chosen) {

    ChoiceSet {
        codes = List.copyOf(codes);
        if (features.length != codes.size() || chosen.length != codes.size()) {
            throw new IllegalArgumentException("codes, features and chosen must be aligned");
        }
        int p = features.length == 0 ? 0 : features[0].length;
        for (double[] row : features) {
            if (row.length != p) {
                throw new IllegalArgumentException("every candidate needs " + p + " features");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("features must be finite");
                }
            }
        }
        int k = count(chosen);
        if (k == 0 || k == codes.size()) {
            throw new IllegalArgumentException("a decision needs at least one chosen and one not chosen candidate");
        }
    }

    int size() {
        return codes.size();
    }

    int featureCount() {
        return features[0].length;
    }

    int chosenCount() {
        return count(chosen);
    }

    /** The same candidates with another choice, e.g. a permuted or simulated one. */
    ChoiceSet withChosen(boolean[] other) {
        return new ChoiceSet(codes, features, other);
    }

    /** The candidates at {@code rows} (repeats allowed, as in a bootstrap sample). */
    ChoiceSet rows(int[] rows) {
        String[] c = new String[rows.length];
        double[][] f = new double[rows.length][];
        boolean[] ch = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = codes.get(rows[i]);
            f[i] = features[rows[i]];
            ch[i] = chosen[rows[i]];
        }
        return new ChoiceSet(List.of(c), f, ch);
    }

    static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
