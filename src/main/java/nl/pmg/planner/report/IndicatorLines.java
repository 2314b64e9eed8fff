package nl.pmg.planner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Domain;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.FrameworkIndicator;
import nl.pmg.planner.scoring.QualityFlag;
import nl.pmg.planner.scoring.ScoringResult;

/**
 * Per framework indicator what the gemeente run made of it: its effective weight (the domain's share of the
 * weights of domains that scored, times its share of the indicators used in its domain), its source and year
 * from the catalogue of the data it was scored on, and how many gemeenten had a value, lacked one, had it withheld or smoothed.
 */
final class IndicatorLines {

    private IndicatorLines() {
    }

    static List<String> ids(Framework f) {
        List<String> ids = new ArrayList<>();
        f.domains().forEach(d -> d.indicators().forEach(i -> ids.add(i.indicatorId())));
        return ids;
    }

    /** @param catalogue the catalogue entry of an indicator in the data the scenario was scored on */
    static List<MethodologyReport.IndicatorLine> of(Framework f, ScoringResult scored, List<String> fromLaterYears,
            Function<String, Optional<Indicator>> catalogue) {
        Set<String> used = Set.copyOf(scored.indicatorsUsed());
        double domainTotal = 0;
        for (Domain d : f.domains()) {
            domainTotal += d.indicators().stream().anyMatch(i -> used.contains(i.indicatorId())) ? d.weight() : 0;
        }
        List<MethodologyReport.IndicatorLine> lines = new ArrayList<>();
        for (Domain d : f.domains()) {
            double within = d.indicators().stream().filter(i -> used.contains(i.indicatorId()))
                    .mapToDouble(FrameworkIndicator::weight).sum();
            for (FrameworkIndicator i : d.indicators()) {
                String id = i.indicatorId();
                boolean isUsed = used.contains(id);
                double effective = isUsed && within > 0 && domainTotal > 0 ? d.weight() / domainTotal * i.weight() / within : 0;
                int withValue = 0;
                int missing = 0;
                int suppressed = 0;
                int smoothed = 0;
                for (AreaScore a : scored.areas()) {
                    Set<QualityFlag> flags = a.indicatorFlags().getOrDefault(id, Set.of());
                    withValue += isUsed && a.contributions().containsKey(id) ? 1 : 0;
                    missing += isUsed && flags.contains(QualityFlag.MISSING) ? 1 : 0;
                    suppressed += flags.contains(QualityFlag.SUPPRESSED) ? 1 : 0;
                    smoothed += flags.contains(QualityFlag.SMOOTHED) ? 1 : 0;
                }
                Indicator ind = catalogue.apply(id).orElse(null);
                lines.add(new MethodologyReport.IndicatorLine(id, ind == null ? id : ind.labelNl(),
                        ind == null ? id : ind.labelEn(), d.id(), i.direction().name(), effective,
                        ind == null ? null : ind.source(), ind == null ? null : ind.year(), isUsed, withValue, missing,
                        suppressed, smoothed, fromLaterYears.contains(id)));
            }
        }
        return lines;
    }
}
