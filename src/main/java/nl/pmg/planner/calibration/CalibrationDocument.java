package nl.pmg.planner.calibration;

import java.util.List;
import nl.pmg.planner.scoring.Framework;

/**
 * What a calibration found: the weights that best explain the past choice, how sure that is, whether the
 * data explain the choice at all, and how the weights replay the round itself and the other rounds.
 *
 * @param id          saved calibration id, or {@code round-<id>} for a built-in one (computed, not stored)
 * @param weights     per feature (domain or indicator) the default and the calibrated share, with the interval
 * @param decisiveness the sum of the fitted utilities per unit: the log-odds between an area at the bottom and
 *                    one at the top of every feature; with its bootstrap interval
 * @param framework   the calibrated framework ("calibrated on …"); saved when {@code saved} is true
 * @param reproduce   what reruns it: the request as run (rounds, granularity, seed, replicates)
 */
record CalibrationDocument(String id, List<String> rounds, String granularity, String labelNl, String labelEn,
        List<Weight> weights, Interval decisiveness, Fit fit, Test test, List<RoundFit> inSample,
        List<RoundFit> outOfSample, Framework framework, boolean saved, CalibrationRequest reproduce,
        List<String> dataVintages, List<String> warnings, String createdAt, String createdBy, double millis) {

    record Weight(String id, String labelNl, String labelEn, String domain, double defaultShare, double share,
            Double low, Double high) {
    }

    record Interval(double value, Double low, Double high) {
    }

    /**
     * @param crossValidation held-out log-likelihood per ridge λ
     * @param pseudoR2        McFadden: 1 − ℓ(β̂)/ℓ(0)
     */
    record Fit(double logLikelihood, double nullLogLikelihood, double pseudoR2, double lambda, int folds,
            int cvRepeats, List<CvPoint> crossValidation, int bootstrapReplicates, int noSignalReplicates) {
    }

    record CvPoint(double lambda, double heldOutLogLikelihood) {
    }

    /**
     * @param statistic    {@code 2 (ℓ(β̂) − ℓ(0))}: likelihood ratio of the fitted weights against "no signal"
     * @param pValue       share of random choices of the same size (plus the observed one) reaching it
     * @param explained    {@code pValue < alpha}
     */
    record Test(String name, double statistic, int permutations, double pValue, double alpha, boolean explained) {
    }

    /**
     * How a round is replayed: by the calibrated and the default framework; {@code chanceExpectation} is how
     * many a random choice would pick on average (k²/n). Out of sample also the log-likelihood of the round's
     * choice under the calibrated weights and under a random choice; {@code log10LikelihoodRatio} is their
     * difference in powers of ten (2 = the weights make that choice 100 times as likely as chance does).
     */
    record RoundFit(String round, String asOf, String dataVintage, boolean available, String reason, int chosen,
            int candidates, Agreement.Pick calibrated, Agreement.Pick standard, Double chanceExpectation,
            Double logLikelihood, Double nullLogLikelihood, Double log10LikelihoodRatio) {
    }
}
