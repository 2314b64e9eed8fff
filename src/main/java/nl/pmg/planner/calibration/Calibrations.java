package nl.pmg.planner.calibration;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.Scores;
import nl.pmg.planner.shared.InvalidParameter;
import org.springframework.stereotype.Component;

/**
 * Runs calibrations: prepares the rounds, estimates the weights (see {@link Calibrator}), builds the
 * calibrated framework and replays every known round with it and with the default. The default framework
 * is the base and stays the default whatever a calibration finds. A built-in calibration per round (domain
 * weights, default settings) is computed on first use and kept: the same code and data always give it.
 */
@Component
class Calibrations {

    private final Rounds rounds;
    private final RoundData roundData;
    private final CalibrationProperties properties;
    private final Map<String, CalibrationDocument> builtIn = new ConcurrentHashMap<>();
    private final ExecutorService replicates;

    Calibrations(Rounds rounds, RoundData roundData, CalibrationProperties properties) {
        this.rounds = rounds;
        this.roundData = roundData;
        this.properties = properties;
        this.replicates = Executors.newFixedThreadPool(Math.max(1, properties.threads()), r -> {
            Thread t = new Thread(r, "calibration-replicate");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        replicates.shutdownNow();
    }

    /** The built-in calibration of one round, id {@code round-<id>}. */
    CalibrationDocument builtIn(String roundId) {
        Round round = rounds.get(roundId);
        return builtIn.computeIfAbsent(round.id(), id -> run(new CalibrationRequest(List.of(id), null, null, null,
                null, false), "round-" + id, "unsaved", null));
    }

    /** The request with every default filled in, after checking it; 400 naming the field otherwise. */
    CalibrationRequest resolve(CalibrationRequest r) {
        if (r == null || r.rounds() == null || r.rounds().isEmpty()) {
            throw new InvalidParameter("rounds", "rounds is required: the rounds to calibrate on, e.g. [\"2023\"].");
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(r.rounds()));
        ids.forEach(rounds::get);
        Granularity g = granularity(r.granularity());
        int bootstrap = r.bootstrap() == null ? properties.bootstrap() : r.bootstrap();
        if (bootstrap < 0 || bootstrap > properties.maxBootstrap()) {
            throw new InvalidParameter("bootstrap", "bootstrap must be between 0 and " + properties.maxBootstrap() + ".");
        }
        int permutations = r.permutations() == null ? properties.permutations() : r.permutations();
        if (permutations < 19 || permutations > properties.maxPermutations()) {
            throw new InvalidParameter("permutations", "permutations must be between 19 (so that p can fall below 0.05) and "
                    + properties.maxPermutations() + ".");
        }
        return new CalibrationRequest(ids, g.name(), bootstrap, permutations,
                r.seed() == null ? properties.seed() : r.seed(), r.saving());
    }

    /**
     * @param frameworkId      id of the calibrated framework, or null for {@code calibrated-<rounds>[-indicators]}
     * @param frameworkVersion its version ("unsaved" when it will not be saved)
     */
    CalibrationDocument run(CalibrationRequest request, String id, String frameworkVersion, String frameworkId) {
        long t0 = System.nanoTime();
        CalibrationRequest r = resolve(request);
        Granularity g = Granularity.valueOf(r.granularity());
        Framework base = Scores.defaultFramework();
        List<RoundData.Prepared> prepared = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String roundId : r.rounds()) {
            Round round = rounds.get(roundId);
            rounds.missing(round).ifPresent(reason -> {
                throw new RoundNotAvailable(round.id(), reason);
            });
            RoundData.Prepared p = roundData.prepare(round, base, g);
            prepared.add(p);
            warnings.addAll(p.warnings());
        }
        List<String> features = prepared.get(0).features();
        for (RoundData.Prepared p : prepared) {
            if (!p.features().equals(features)) {
                throw new RoundNotAvailable(p.round().id(), "its data have other indicators than round "
                        + prepared.get(0).round().id() + " (" + String.join(", ", p.features()) + ")");
            }
        }
        Calibrator.Estimate e = Calibrator.calibrate(prepared.stream().map(RoundData.Prepared::choice).toList(),
                new Calibrator.Settings(4, 3, r.bootstrap(), r.permutations(), properties.alpha(), r.seed()), replicates);
        String roundsNl = "de keuze van " + String.join(" en ", r.rounds());
        String roundsEn = "the " + String.join(" and ", r.rounds()) + " choice";
        String fid = frameworkId != null ? frameworkId
                : "calibrated-" + String.join("-", r.rounds()) + (g == Granularity.INDICATOR ? "-indicators" : "");
        Framework calibrated = CalibratedFramework.of(base, g, features, e.shares(), e.shareIntervals(), fid,
                frameworkVersion, roundsNl, roundsEn);
        List<CalibrationDocument.RoundFit> inSample = new ArrayList<>();
        for (RoundData.Prepared p : prepared) {
            inSample.add(Replays.fit(p, calibrated, base, null, null));
        }
        List<CalibrationDocument.RoundFit> outOfSample = new ArrayList<>();
        for (Round other : Rounds.KNOWN) {
            if (!r.rounds().contains(other.id())) {
                outOfSample.add(outOfSample(other, base, g, calibrated, features, e.beta()));
            }
        }
        if (e.explained() && prepared.stream().anyMatch(p -> p.choice().chosenCount() < 12)) {
            warnings.add("Few areas were chosen: the weights are pinned down only roughly; read them with their intervals.");
        }
        return new CalibrationDocument(id, r.rounds(), g.name(), "Wat verklaart " + roundsNl + "?",
                "What explains " + roundsEn + "?", Weights.of(base, g, features, e), new CalibrationDocument.Interval(
                        e.scale(), Weights.finite(e.scaleInterval()[0]), Weights.finite(e.scaleInterval()[1])), fit(e), test(e), inSample, outOfSample,
                calibrated, false, r, prepared.stream().map(p -> p.round().id() + ": " + p.problem().dataVintage()).toList(),
                warnings, null, null, (System.nanoTime() - t0) / 1e6);
    }

    private CalibrationDocument.RoundFit outOfSample(Round other, Framework base, Granularity g, Framework calibrated,
            List<String> features, double[] beta) {
        String reason = rounds.missing(other).orElse(null);
        if (reason != null) {
            return new CalibrationDocument.RoundFit(other.id(), other.asOf(), null, false, reason, 0, 0, null, null,
                    null, null, null, null);
        }
        RoundData.Prepared p = roundData.prepare(other, base, g);
        double[] b = new double[p.features().size()];
        for (int i = 0; i < b.length; i++) {
            int f = features.indexOf(p.features().get(i));
            b[i] = f < 0 ? 0 : beta[f];
        }
        double ll = ConditionalLogit.evaluate(p.choice(), b, false).logLikelihood();
        double nullLl = ConditionalLogit.nullLogLikelihood(p.choice().size(), p.choice().chosenCount());
        return Replays.fit(p, calibrated, base, ll, nullLl);
    }

    private static CalibrationDocument.Fit fit(Calibrator.Estimate e) {
        List<CalibrationDocument.CvPoint> cv = new ArrayList<>();
        for (int i = 0; i < e.crossValidation().lambdas().length; i++) {
            cv.add(new CalibrationDocument.CvPoint(e.crossValidation().lambdas()[i], e.crossValidation().heldOut()[i]));
        }
        return new CalibrationDocument.Fit(e.logLikelihood(), e.nullLogLikelihood(), e.pseudoR2(), e.lambda(),
                e.crossValidation().folds(), e.crossValidation().repeats(), cv, e.replicates(), e.noSignalReplicates());
    }

    private CalibrationDocument.Test test(Calibrator.Estimate e) {
        return new CalibrationDocument.Test("likelihood ratio 2(l(fit) - l(0)) against random choices of the same size",
                e.statistic(), e.permutations(), e.pValue(), properties.alpha(), e.explained());
    }

    private static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.DOMAIN;
        }
        try {
            return Granularity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidParameter("granularity", "granularity must be DOMAIN or INDICATOR.");
        }
    }
}
