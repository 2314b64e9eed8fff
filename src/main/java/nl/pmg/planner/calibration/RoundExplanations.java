package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The built-in calibration of each round, summarised for other features (the methodology report): what
 * explains the round's choice, and how the calibrated and the default weights replay it and the other rounds.
 */
@Component
public class RoundExplanations {

    /**
     * @param available false (with {@code reason}) when the round cannot be calibrated on as the data stand
     * @param weights   per domain: id, default share, calibrated share and its 95 % interval
     * @param replays   the round itself first (in sample), then the other rounds (out of sample)
     */
    public record Explanation(String round, boolean available, String reason, String calibrationId, int bootstrap,
            int permutations, long seed, Double pValue, boolean explained, Double pseudoR2, List<Share> weights,
            List<Replay> replays) {
    }

    public record Share(String domain, double standard, double calibrated, Double low, Double high) {
    }

    /**
     * @param calibratedPicked how many of the areas actually chosen the calibrated weights pick (null when the
     *                         round is not available)
     * @param log10LikelihoodRatio out of sample: the calibrated weights' likelihood of the round's choice against
     *                         chance, in powers of ten; null in sample
     */
    public record Replay(String round, boolean inSample, boolean available, String reason, int chosen, int candidates,
            Integer calibratedPicked, Integer standardPicked, Double chanceExpectation, Double log10LikelihoodRatio) {
    }

    private final Calibrations calibrations;
    private final Rounds rounds;

    RoundExplanations(Calibrations calibrations, Rounds rounds) {
        this.calibrations = calibrations;
        this.rounds = rounds;
    }

    /** The ids of the known rounds, oldest first. */
    public List<String> rounds() {
        return Rounds.KNOWN.stream().map(Round::id).toList();
    }

    public Explanation of(String roundId) {
        Round round = rounds.get(roundId);
        Optional<String> missing = rounds.missing(round);
        if (missing.isPresent()) {
            return new Explanation(round.id(), false, missing.get(), null, 0, 0, 0, null, false, null,
                    List.of(), List.of());
        }
        CalibrationDocument d = calibrations.builtIn(round.id());
        List<Share> shares = d.weights().stream()
                .map(w -> new Share(w.id(), w.defaultShare(), w.share(), w.low(), w.high())).toList();
        List<Replay> replays = new ArrayList<>();
        d.inSample().forEach(f -> replays.add(replay(f, true)));
        d.outOfSample().forEach(f -> replays.add(replay(f, false)));
        return new Explanation(round.id(), true, null, d.id(), d.reproduce().bootstrap(), d.reproduce().permutations(),
                d.reproduce().seed(), d.test().pValue(), d.test().explained(), d.fit().pseudoR2(), shares, replays);
    }

    private static Replay replay(CalibrationDocument.RoundFit f, boolean inSample) {
        return new Replay(f.round(), inSample, f.available(), f.reason(), f.chosen(), f.candidates(),
                f.calibrated() == null ? null : f.calibrated().picked(), f.standard() == null ? null : f.standard().picked(),
                f.chanceExpectation(), f.log10LikelihoodRatio());
    }
}
