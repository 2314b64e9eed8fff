package nl.pmg.planner.selection;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.IndicatorValues;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.scoring.AreaScore;

/**
 * Says which pathway an area came in by and on what: for severity its risk-index score and rank, for
 * prevention its prevention score and rank with the signals behind it (crime trend, growth of young people,
 * violent-crime trend, youth care), as figures for the browser to word and as an English reason line.
 */
final class PathwayExplanations {

    private final Map<String, AreaScore> severity;
    private final Map<String, AreaScore> prevention;
    private final IndicatorValues values;

    /**
     * @param prevention empty when the request reserves no places (no prevention scores were computed)
     * @param values     the data the selection ran on, for the signals; null leaves them out
     */
    PathwayExplanations(Map<String, AreaScore> severity, Map<String, AreaScore> prevention, IndicatorValues values) {
        this.severity = severity;
        this.prevention = prevention;
        this.values = values;
    }

    Selection.PathwayBasis basis(String code, Pathway way) {
        Map<String, AreaScore> scores = way == Pathway.PREVENTION ? prevention : severity;
        AreaScore s = scores.get(code);
        long of = scores.values().stream().filter(a -> a.rank() > 0).count();
        Map<String, Double> signals = new LinkedHashMap<>();
        if (way == Pathway.PREVENTION && values != null) {
            PreventionScores.FRAMEWORK.domains().forEach(d -> d.indicators().forEach(i -> {
                Value v = values.values(i.indicatorId(), Level.GEMEENTE).get(code);
                signals.put(i.indicatorId(), v == null || v.value() == null ? null : round(v.value()));
            }));
        }
        return new Selection.PathwayBasis(s == null ? Double.NaN : round(s.score()), s == null ? 0 : s.rank(), (int) of,
                signals);
    }

    String reason(Pathway way, Selection.PathwayBasis b) {
        if (way == Pathway.SEVERITY) {
            return String.format(Locale.ROOT, "severity pathway: among the highest current need (risk index %.1f, "
                    + "national rank %d of %d)", b.score(), b.rank(), b.of());
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "prevention pathway: early signals (prevention "
                + "score %.1f, national rank %d of %d)", b.score(), b.rank(), b.of()));
        b.signals().forEach((id, v) -> s.append("; ").append(id).append(' ').append(v == null ? "unknown"
                : String.format(Locale.ROOT, "%+.1f", v)));
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
