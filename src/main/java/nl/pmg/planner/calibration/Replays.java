package nl.pmg.planner.calibration;

import nl.pmg.planner.scoring.Framework;

/** A round replayed by the calibrated and by the default framework, beside what chance would pick. */
final class Replays {

    private Replays() {
    }

    /**
     * @param logLikelihood     the round's choice under the calibrated weights, for an out-of-sample round; null
     *                          in sample (the fit reports it there)
     * @param nullLogLikelihood the same under a random choice of that size
     */
    static CalibrationDocument.RoundFit fit(RoundData.Prepared p, Framework calibrated, Framework standard,
            Double logLikelihood, Double nullLogLikelihood) {
        int k = p.choice().chosenCount();
        int n = p.choice().size();
        Double log10 = logLikelihood == null ? null : (logLikelihood - nullLogLikelihood) / Math.log(10);
        return new CalibrationDocument.RoundFit(p.round().id(), p.round().asOf(), p.problem().dataVintage(), true, null,
                k + p.chosenOutsidePool().size(), n, Agreement.of(calibrated, p), Agreement.of(standard, p),
                (double) k * k / n, logLikelihood, nullLogLikelihood, log10);
    }
}
