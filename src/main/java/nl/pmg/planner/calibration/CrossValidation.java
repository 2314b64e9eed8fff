package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the ridge λ by stratified K-fold cross-validation on the candidates. The conditional logit
 * restricted to any subset of candidates, given how many of them were chosen, is again a conditional logit,
 * so a held-out fold is scored by the log-likelihood of its own chosen areas among its own candidates
 * under weights fitted on the other folds. Folds are repeated with new shuffles and the held-out
 * log-likelihoods summed; the λ with the highest sum wins (the larger λ on a tie).
 */
final class CrossValidation {

    /** Held-out log-likelihood per λ (summed over folds and repeats) and the λ chosen. */
    record Curve(double[] lambdas, double[] heldOut, double chosen, int folds, int repeats) {
    }

    private static final long PROCEDURE = 1;

    private CrossValidation() {
    }

    static Curve choose(List<ChoiceSet> rounds, double[] lambdas, int folds, int repeats, long seed) {
        int k = folds;
        for (ChoiceSet r : rounds) {
            k = Math.min(k, r.chosenCount());
        }
        k = Math.max(2, k);
        double[] heldOut = new double[lambdas.length];
        for (int rep = 0; rep < repeats; rep++) {
            SplittableRandom rng = Resampling.stream(seed, PROCEDURE, rep);
            List<List<int[]>> foldsPerRound = new ArrayList<>();
            for (ChoiceSet r : rounds) {
                foldsPerRound.add(Resampling.folds(r, Math.min(k, r.chosenCount()), rng));
            }
            for (int f = 0; f < k; f++) {
                List<ChoiceSet> train = new ArrayList<>();
                List<ChoiceSet> test = new ArrayList<>();
                for (int r = 0; r < rounds.size(); r++) {
                    List<int[]> fr = foldsPerRound.get(r);
                    if (f >= fr.size()) {
                        train.add(rounds.get(r));
                        continue;
                    }
                    ChoiceSet round = rounds.get(r);
                    int[] held = fr.get(f);
                    addIfDecision(test, round, held);
                    addIfDecision(train, round, Resampling.complement(round.size(), held));
                }
                if (train.isEmpty() || test.isEmpty()) {
                    continue;
                }
                double[] start = null;
                // From the largest λ down, each fit starts where the previous one ended (a warm path).
                for (int l = lambdas.length - 1; l >= 0; l--) {
                    LogitFit.Result fit = LogitFit.fit(train, lambdas[l], start);
                    start = fit.beta();
                    for (ChoiceSet t : test) {
                        heldOut[l] += ConditionalLogit.evaluate(t, fit.beta(), false).logLikelihood();
                    }
                }
            }
        }
        int best = 0;
        for (int l = 1; l < lambdas.length; l++) {
            if (heldOut[l] >= heldOut[best]) {
                best = l;
            }
        }
        return new Curve(lambdas.clone(), heldOut, lambdas[best], k, repeats);
    }

    /** A fold part without a chosen area (or with only chosen ones) carries no information: it is left out. */
    private static void addIfDecision(List<ChoiceSet> into, ChoiceSet round, int[] rows) {
        ChoiceSet part = subset(round, rows);
        if (part != null) {
            into.add(part);
        }
    }

    private static ChoiceSet subset(ChoiceSet s, int[] rows) {
        int chosen = 0;
        for (int i : rows) {
            chosen += s.chosen()[i] ? 1 : 0;
        }
        return chosen == 0 || chosen == rows.length ? null : s.rows(rows);
    }
}
