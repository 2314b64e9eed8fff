package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON answer of a scoring run: NaN becomes null (JSON has no NaN), areas sorted by rank. {@code lens} is
 * {@code residential} when the residential lens chose the framework, else null; {@code effectiveWeights} is each
 * indicator's share of the score at this level (METHOD.md §2.3).
 */
record ScoreDocument(String level, String lens, String frameworkId, String frameworkVersion, ScoringOptions options,
        GemeenteMethod gemeenteMethod, List<String> warnings, List<String> indicatorsUsed,
        List<String> indicatorsDropped, Map<String, Double> effectiveWeights, int numberOfAreas, int numberReturned,
        List<Entry> areas) {

    record Entry(String code, String name, String gemeente, Double score, int rank, Double percentile,
            Map<String, Double> domainScores, Map<String, Double> contributions, List<String> p90Flags,
            Set<QualityFlag> qualityFlags, Map<String, Set<QualityFlag>> indicatorFlags, List<String> missingDomains,
            ConcentrationEntry concentration) {
    }

    /** Young people (15–25) of a gemeente living in buurten of the national top decile of scores. */
    record ConcentrationEntry(int topDecileBuurten, Double youngPeople, Double youngPeopleInTopDecileBuurten,
            Double shareOfYoungPeople) {

        static ConcentrationEntry of(Concentration c) {
            return c == null ? null : new ConcentrationEntry(c.topChildAreas(), finite(c.youngPeople()),
                    finite(c.youngPeopleInTopChildAreas()), finite(c.shareOfYoungPeople()));
        }
    }

    interface Names {
        String name(String code);

        String gemeente(String code);
    }

    static ScoreDocument of(Scores.LevelScores scores, Lens lens, GemeenteMethod method, String gemeente, int limit,
            Names names) {
        ScoringResult r = scores.result();
        List<AreaScore> sorted = new ArrayList<>(r.areas());
        sorted.sort(Comparator.comparingInt((AreaScore a) -> a.rank() == 0 ? Integer.MAX_VALUE : a.rank())
                .thenComparing(AreaScore::code));
        List<Entry> entries = new ArrayList<>();
        for (AreaScore a : sorted) {
            if (gemeente != null && !gemeente.equals(names.gemeente(a.code()))) {
                continue;
            }
            if (entries.size() == limit) {
                break;
            }
            entries.add(new Entry(a.code(), names.name(a.code()), names.gemeente(a.code()), finite(a.score()), a.rank(),
                    finite(a.percentile()), a.domainScores(), a.contributions(), a.p90Flags(), a.qualityFlags(),
                    a.indicatorFlags(), a.missingDomains(), ConcentrationEntry.of(scores.concentration().get(a.code()))));
        }
        return new ScoreDocument(r.level(), lens == null ? null : lens.id(), r.frameworkId(), r.frameworkVersion(),
                r.options(), method, r.warnings(), r.indicatorsUsed(), r.indicatorsDropped(), r.effectiveWeights(),
                r.areas().size(), entries.size(), entries);
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
