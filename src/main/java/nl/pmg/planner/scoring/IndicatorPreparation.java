package nl.pmg.planner.scoring;

import java.util.List;
import java.util.Locale;

/**
 * The per-indicator pipeline, in this order and for these reasons:
 * <ol>
 *   <li>suppressed values, and every value of an ineligible area, become missing;</li>
 *   <li>coverage check over the eligible areas, on the values they actually have (their own or their parent's,
 *       as the caller declared), before anything is imputed;</li>
 *   <li>empirical-Bayes smoothing of rates towards the area's own group (gemeente), so that later steps see
 *       reliable rates;</li>
 *   <li>imputation from the parent (if that policy is chosen), after smoothing because the parent's
 *       value has a large denominator already;</li>
 *   <li>p90 flags, on the smoothed but not yet winsorised values, oriented to risk; imputed values and values
 *       taken from the parent are never flagged because they are not the area's own;</li>
 *   <li>winsorising on the original scale (skipped for percentile ranks, which outliers cannot stretch);</li>
 *   <li>orientation, normalisation, and the preparation the aggregation needs.</li>
 * </ol>
 * An indicator that cannot be used is left out with a warning, never silently.
 */
final class IndicatorPreparation {

    // Mirrored percentile ranks can differ from the exact value in the last bit.
    private static final double FLAG_TOLERANCE = 1e-9;

    private IndicatorPreparation() {
    }

    /** @return the prepared indicator, or {@code null} after adding the reason to {@code warnings} */
    static PreparedIndicator prepare(FrameworkIndicator indicator, int domain, IndicatorColumn column,
                                     ScoringInput input, ScoringOptions options, List<String> warnings) {
        return prepare(indicator, domain, column, input, options, warnings, false, new boolean[1]);
    }

    /**
     * @param keepConstant keep an indicator that has the same value in every area (the engine's fallback when
     *                     nothing else is usable, so that eligible areas tie instead of going unranked)
     * @param constant     set to {@code true} when an indicator was dropped (or kept) for having one value
     */
    static PreparedIndicator prepare(FrameworkIndicator indicator, int domain, IndicatorColumn column,
                                     ScoringInput input, ScoringOptions options, List<String> warnings,
                                     boolean keepConstant, boolean[] constant) {
        String id = indicator.indicatorId();
        String level = input.level();
        Normalisation normalisation = options.normalisation();
        double reference = Double.NaN;
        if (normalisation.needsReference()) {
            Double national = input.nationalValues().get(id);
            if (national == null || !Double.isFinite(national) || national == 0) {
                warnings.add(id + ": left out at " + level + " level, DISTANCE_TO_NATIONAL needs a non-zero national value and none was given");
                return null;
            }
            reference = national;
        }

        double[] values = column.values().clone();
        boolean anySuppressed = MissingValues.applySuppression(values, column.suppressed());
        if (input.eligible() != null) {
            for (int i = 0; i < values.length; i++) {
                if (!input.eligible()[i]) {
                    values[i] = Double.NaN;
                }
            }
        }
        double coverage = Coverage.share(values, input.eligible());
        if (coverage < options.minCoverage()) {
            // rounded down, so that 64.98 % does not read as the 65 % it falls short of
            warnings.add(String.format(Locale.ROOT, "%s: left out at %s level, only %.1f %% of eligible areas have a value (minimum %.1f %%)",
                    id, level, Math.floor(1000 * coverage) / 10, 100 * options.minCoverage()));
            return null;
        }

        boolean[] smoothed = null;
        if (options.smoothRates() && column.isRate()) {
            smoothed = EmpiricalBayes.smooth(values, column.numerators(), column.denominators(), column.rateScale(),
                    input.groupIndex());
        }

        boolean[] imputed = null;
        if (options.missingPolicy() == MissingPolicy.IMPUTE_PARENT && coverage < 1) {
            if (column.parentValues() == null) {
                warnings.add(id + ": no parent values at " + level + " level, so its missing values are re-weighted instead of imputed");
            } else {
                imputed = MissingValues.imputeFromParent(values, column.parentValues());
            }
        }

        boolean lowerIsRiskier = indicator.direction() == Direction.LOWER_IS_RISKIER;
        double[] ranks = Ranking.percentileRanks(values);
        boolean[] fromParent = anyTrue(column.fromParent()) ? column.fromParent() : null;
        boolean[] flagged = flagsAtOrAbove(ranks, lowerIsRiskier, options.flagPercentile(), imputed, fromParent);

        if (normalisation != Normalisation.PERCENTILE_RANK) {
            Winsorizer.winsorise(values, options.winsorLowerPct(), options.winsorUpperPct());
        }
        if (!varies(values)) {
            constant[0] = true;
            if (!keepConstant) {
                warnings.add(id + ": left out at " + level + " level, it has the same value in every area and cannot tell areas apart");
                return null;
            }
        }
        if (normalisation == Normalisation.PERCENTILE_RANK) {
            // Same ranks as for the flags (nothing changed the values since), mirrored for orientation.
            for (int i = 0; i < values.length; i++) {
                values[i] = lowerIsRiskier ? 100 - ranks[i] : ranks[i];
            }
        } else {
            if (lowerIsRiskier) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = -values[i];
                }
                reference = -reference;
            }
            normalisation.apply(values, reference);
        }
        options.aggregation().prepare(values);
        return new PreparedIndicator(id, domain, indicator.weight(), values, imputed, smoothed,
                anySuppressed ? column.suppressed() : null, flagged, fromParent);
    }

    private static boolean anyTrue(boolean[] flags) {
        if (flags != null) {
            for (boolean f : flags) {
                if (f) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[] flagsAtOrAbove(double[] ranks, boolean lowerIsRiskier, double flagPercentile,
                                            boolean[] imputed, boolean[] fromParent) {
        boolean[] flagged = new boolean[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            double rank = ranks[i];
            if (!Double.isNaN(rank) && !PreparedIndicator.at(imputed, i) && !PreparedIndicator.at(fromParent, i)) {
                double risk = lowerIsRiskier ? 100 - rank : rank;
                flagged[i] = risk >= flagPercentile - FLAG_TOLERANCE;
            }
        }
        return flagged;
    }

    private static boolean varies(double[] values) {
        double first = Double.NaN;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return true;
            }
        }
        return false;
    }
}
