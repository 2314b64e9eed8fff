package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.NaN;
import static nl.pmg.planner.scoring.Fixtures.PLAIN;
import static nl.pmg.planner.scoring.Fixtures.area;
import static nl.pmg.planner.scoring.Fixtures.column;
import static nl.pmg.planner.scoring.Fixtures.contributionSum;
import static nl.pmg.planner.scoring.Fixtures.domain;
import static nl.pmg.planner.scoring.Fixtures.framework;
import static nl.pmg.planner.scoring.Fixtures.higher;
import static nl.pmg.planner.scoring.Fixtures.input;
import static nl.pmg.planner.scoring.Fixtures.lower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed scenarios. The base case, used by most tests:
 * <pre>
 *   domain a, weight 3: x1 (higher is riskier), x2 (lower is riskier), equal weights
 *   domain b, weight 1: x3 (higher is riskier)
 *   area   x1   x2   x3    MIN_MAX x1  x2   x3
 *   A       0   30    1            0    0    0
 *   B       5   20    3           50   50  100
 *   C      10   10    2          100  100   50
 * </pre>
 * Effective weights: x1 and x2 3/4 · 1/2 = 3/8 each, x3 1/4.
 */
class ScoringEngineTest {

    private final ScoringEngine engine = new ScoringEngine();

    private static final Framework BASE = framework(
            domain("a", 3, higher("x1", 1), lower("x2", 1)),
            domain("b", 1, higher("x3", 1)));

    private static ScoringInput base(double[] x1, double[] x2, double[] x3) {
        return input(column("x1", x1), column("x2", x2), column("x3", x3));
    }

    private static final ScoringInput BASE_INPUT = base(new double[] {0, 5, 10}, new double[] {30, 20, 10},
            new double[] {1, 3, 2});

    @Test
    void arithmeticAggregationWeighsDomainsThenIndicators() {
        ScoringResult result = engine.score(BASE, BASE_INPUT, PLAIN);

        // A: 0; B: 3/4·50 + 1/4·100 = 62.5; C: 3/4·100 + 1/4·50 = 87.5
        assertThat(result.areas()).extracting(AreaScore::score).containsExactly(0.0, 62.5, 87.5);
        assertThat(result.areas()).extracting(AreaScore::rank).containsExactly(3, 2, 1);
        assertThat(result.areas()).extracting(AreaScore::percentile).containsExactly(0.0, 50.0, 100.0);
        assertThat(area(result, "B").domainScores()).containsExactly(Map.entry("a", 50.0), Map.entry("b", 100.0));
        assertThat(result.indicatorsUsed()).containsExactly("x1", "x2", "x3");
        assertThat(result.indicatorsDropped()).isEmpty();
        assertThat(result.frameworkVersion()).isEqualTo("0.0.1");
    }

    @Test
    void arithmeticContributionsAreEffectiveWeightTimesNormalisedValue() {
        AreaScore c = area(engine.score(BASE, BASE_INPUT, PLAIN), "C");

        // 3/8·100, 3/8·100, 1/4·50
        assertThat(c.contributions()).containsExactly(Map.entry("x1", 37.5), Map.entry("x2", 37.5), Map.entry("x3", 12.5));
        assertThat(contributionSum(c)).isCloseTo(c.score(), within(1e-9));
    }

    @Test
    void geometricAggregationRescalesToOneToHundredAndMultiplies() {
        ScoringResult result = engine.score(BASE, BASE_INPUT, PLAIN.withAggregation(Aggregation.GEOMETRIC));

        // 0 → 1, 50 → 50.5, 100 → 100 (1 + 0.99·v)
        // B: a = √(50.5·50.5) = 50.5, b = 100 → 50.5^¾ · 100^¼ = 59.8846…
        // C: a = 100, b = 50.5 → 100^¾ · 50.5^¼ = 84.3577…
        AreaScore b = area(result, "B");
        AreaScore c = area(result, "C");
        assertThat(area(result, "A").score()).isCloseTo(1, within(1e-12));
        assertThat(b.score()).isCloseTo(Math.pow(50.5, 0.75) * Math.pow(100, 0.25), within(1e-9));
        assertThat(c.score()).isCloseTo(Math.pow(100, 0.75) * Math.pow(50.5, 0.25), within(1e-9));
        assertThat(b.domainScores().get("a")).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void geometricContributionsShareTheScoreByLogTerms() {
        ScoringResult result = engine.score(BASE, BASE_INPUT, PLAIN.withAggregation(Aggregation.GEOMETRIC));
        AreaScore b = area(result, "B");

        // terms: 3/8·ln 50.5 (x1), 3/8·ln 50.5 (x2), 1/4·ln 100 (x3); contribution = score · term / Σ terms
        double t1 = 0.375 * Math.log(50.5);
        double t3 = 0.25 * Math.log(100);
        double total = 2 * t1 + t3;
        assertThat(b.contributions().get("x1")).isCloseTo(b.score() * t1 / total, within(1e-9));
        assertThat(b.contributions().get("x3")).isCloseTo(b.score() * t3 / total, within(1e-9));
        assertThat(contributionSum(b)).isCloseTo(b.score(), within(1e-9));

        // A is at the floor everywhere: ln 1 = 0, so the score of 1 is shared by weight
        AreaScore a = area(result, "A");
        assertThat(a.contributions()).containsExactly(Map.entry("x1", 0.375), Map.entry("x2", 0.375), Map.entry("x3", 0.25));
    }

    @Test
    void missingValueIsReweightedWithinItsDomain() {
        // B lacks x1; x2 normalised: negate → −30, −25, −10 → B = 100·5/20 = 25
        ScoringResult result = engine.score(BASE,
                base(new double[] {0, NaN, 10}, new double[] {30, 25, 10}, new double[] {1, 3, 2}), PLAIN);
        AreaScore b = area(result, "B");

        // domain a = x2 alone = 25; score = 3/4·25 + 1/4·100 = 43.75
        assertThat(b.score()).isCloseTo(43.75, within(1e-12));
        assertThat(b.contributions()).containsExactly(Map.entry("x2", 18.75), Map.entry("x3", 25.0));
        assertThat(b.qualityFlags()).containsExactly(QualityFlag.MISSING);
        assertThat(b.indicatorFlags()).containsOnlyKeys("x1");
        assertThat(b.indicatorFlags().get("x1")).containsExactly(QualityFlag.MISSING);
    }

    @Test
    void areaWithoutAnyValueInADomainIsScoredOnTheOtherDomains() {
        // A lacks x1 and x2: coverage 2/3 ≥ 0.65 keeps both; A = domain b only = x3 = 0
        // C: x1 = 100, x2: −20, −10 → C = 100; x3 = 50 → 3/4·100 + 1/4·50 = 87.5
        ScoringResult result = engine.score(BASE,
                base(new double[] {NaN, 5, 10}, new double[] {NaN, 20, 10}, new double[] {1, 3, 2}), PLAIN);

        assertThat(area(result, "A").score()).isZero();
        assertThat(area(result, "A").domainScores()).containsOnlyKeys("b");
        assertThat(area(result, "C").score()).isCloseTo(87.5, within(1e-12));
    }

    @Test
    void imputeParentFillsFromTheParentAndFlagsIt() {
        // B's x1 comes from its parent: 4 → normalised 40; x2 50, x3 100
        // B = 3/8·40 + 3/8·50 + 1/4·100 = 15 + 18.75 + 25 = 58.75
        IndicatorColumn x1 = column("x1", 0, NaN, 10).withParentValues(new double[] {NaN, 4, NaN});
        ScoringResult result = engine.score(BASE,
                input(x1, column("x2", 30, 20, 10), column("x3", 1, 3, 2)),
                PLAIN.withMissingPolicy(MissingPolicy.IMPUTE_PARENT));
        AreaScore b = area(result, "B");

        assertThat(b.score()).isCloseTo(58.75, within(1e-12));
        assertThat(b.qualityFlags()).containsExactly(QualityFlag.IMPUTED);
        assertThat(b.indicatorFlags().get("x1")).containsExactly(QualityFlag.IMPUTED);
    }

    @Test
    void imputeParentWithoutParentValuesFallsBackToReweightingAndSaysSo() {
        ScoringResult result = engine.score(BASE,
                base(new double[] {0, NaN, 10}, new double[] {30, 25, 10}, new double[] {1, 3, 2}),
                PLAIN.withMissingPolicy(MissingPolicy.IMPUTE_PARENT));

        assertThat(area(result, "B").score()).isCloseTo(43.75, within(1e-12));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("x1: no parent values"));
    }

    @Test
    void indicatorBelowMinimumCoverageIsLeftOutWithAWarning() {
        // x3 known for 1 of 3 areas (33 %) < 65 %: domain b disappears, score = domain a
        ScoringResult result = engine.score(BASE,
                base(new double[] {0, 5, 10}, new double[] {30, 20, 10}, new double[] {NaN, 3, NaN}), PLAIN);

        assertThat(result.indicatorsDropped()).containsExactly("x3");
        assertThat(result.warnings()).anyMatch(w -> w.contains("x3: left out at test level, only 33.3 % of eligible areas have a value (minimum 65.0 %)"));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("domain b: no usable indicator"));
        assertThat(result.areas()).extracting(AreaScore::score).containsExactly(0.0, 50.0, 100.0);
    }

    @Test
    void indicatorAbsentAtThisLevelHasItsWeightRedistributed() {
        ScoringResult result = engine.score(BASE, input(column("x1", 0, 5, 10), column("x3", 1, 3, 2)), PLAIN);

        // domain a = x1 alone: B = 3/4·50 + 1/4·100 = 62.5
        assertThat(area(result, "B").score()).isCloseTo(62.5, within(1e-12));
        assertThat(result.indicatorsDropped()).containsExactly("x2");
        assertThat(result.warnings()).contains("x2: not available at test level, its weight goes to the other indicators of domain a");
        // Not a per-area gap, so not flagged MISSING per area
        assertThat(area(result, "B").qualityFlags()).isEmpty();
    }

    @Test
    void areaWithoutAnyValueHasNoScoreNoRankAndSaysNoData() {
        ScoringResult result = engine.score(BASE, input(column("x1", 0, 5, 10, NaN), column("x2", 30, 20, 10, NaN),
                column("x3", 1, 3, 2, NaN)), new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC,
                MissingPolicy.REWEIGHT, 0.7, 0, 100, false, 90));
        AreaScore d = area(result, "D");

        assertThat(d.score()).isNaN();
        assertThat(d.rank()).isZero();
        assertThat(d.percentile()).isNaN();
        assertThat(d.contributions()).isEmpty();
        assertThat(d.qualityFlags()).contains(QualityFlag.NO_DATA, QualityFlag.MISSING);
        assertThat(area(result, "C").rank()).isEqualTo(1);
    }

    @Test
    void suppressedValueCountsAsMissingEvenIfAValueWasGiven() {
        IndicatorColumn x1 = column("x1", 0, 999, 10).withSuppressed(new boolean[] {false, true, false});
        ScoringResult result = engine.score(BASE, input(x1, column("x2", 30, 25, 10), column("x3", 1, 3, 2)), PLAIN);
        AreaScore b = area(result, "B");

        assertThat(b.score()).isCloseTo(43.75, within(1e-12));
        assertThat(b.qualityFlags()).containsExactlyInAnyOrder(QualityFlag.SUPPRESSED, QualityFlag.MISSING);
    }

    @Test
    void approximateBoundaryIsPassedThrough() {
        ScoringInput in = new ScoringInput("buurt", List.of("A", "B", "C"), BASE_INPUT.columns(), null, null,
                new boolean[] {false, true, false}, null);
        ScoringResult result = engine.score(BASE, in, PLAIN);

        assertThat(area(result, "B").qualityFlags()).containsExactly(QualityFlag.APPROXIMATE_BOUNDARY);
        assertThat(area(result, "A").qualityFlags()).isEmpty();
    }

    @Test
    void flagsAreasAtOrAboveTheNinetiethPercentileOfRisk() {
        // 11 areas, values 0..10 → percentile ranks 0, 10, …, 100: the top two reach 90
        double[] ascending = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Framework f = framework(domain("a", 1, higher("up", 1), lower("down", 1)));
        ScoringResult result = engine.score(f, input(column("up", ascending), column("down", ascending)), PLAIN);

        assertThat(result.areas()).filteredOn(a -> a.p90Flags().contains("up")).extracting(AreaScore::code)
                .containsExactly("J", "K");
        // lower is riskier: the two lowest values are the riskiest
        assertThat(result.areas()).filteredOn(a -> a.p90Flags().contains("down")).extracting(AreaScore::code)
                .containsExactly("A", "B");
    }

    @Test
    void distanceToNationalOrientsLowerIsRiskierAroundTheReference() {
        // income: national 40; 100·(40 − x)/40 → 20 → 50, 40 → 0, 60 → −50
        Framework f = framework(domain("a", 1, lower("income", 1)));
        ScoringResult result = engine.score(f, input(Map.of("income", 40.0), column("income", 20, 40, 60)),
                PLAIN.withNormalisation(Normalisation.DISTANCE_TO_NATIONAL));

        assertThat(result.areas()).extracting(AreaScore::score).containsExactly(50.0, 0.0, -50.0);
    }

    @Test
    void distanceToNationalWithoutAReferenceLeavesTheIndicatorOut() {
        ScoringResult result = engine.score(BASE, input(Map.of("x1", 5.0, "x2", 20.0), column("x1", 0, 5, 10),
                column("x2", 30, 20, 10), column("x3", 1, 3, 2)),
                PLAIN.withNormalisation(Normalisation.DISTANCE_TO_NATIONAL));

        assertThat(result.indicatorsDropped()).containsExactly("x3");
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("x3: left out") && w.contains("national value"));
    }

    @Test
    void winsorisingStopsOneOutlierFromFlatteningEveryoneElse() {
        // without winsorising, 1000 squeezes 1..9 into 0–0.8; at 10/90 the outlier is pulled to p90
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000};
        Framework f = framework(domain("a", 1, higher("x", 1)));
        ScoringResult raw = engine.score(f, input(column("x", values)), PLAIN);
        ScoringResult winsorised = engine.score(f, input(column("x", values)),
                new ScoringOptions(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, MissingPolicy.REWEIGHT, 0.65, 10, 90, false, 90));

        // p10 = 2, p90 = 10 → J (10) and K (1000 → 10) both at 100; E (5) = 100·3/8 = 37.5
        assertThat(area(raw, "E").score()).isCloseTo(100.0 * 4 / 999, within(1e-12));
        assertThat(area(winsorised, "E").score()).isCloseTo(37.5, within(1e-12));
        assertThat(area(winsorised, "K").score()).isCloseTo(100, within(1e-12));
    }

    @Test
    void indicatorWithTheSameValueEverywhereIsLeftOut() {
        ScoringResult result = engine.score(BASE, base(new double[] {0, 5, 10}, new double[] {30, 20, 10},
                new double[] {7, 7, 7}), PLAIN);

        assertThat(result.indicatorsDropped()).containsExactly("x3");
        assertThat(area(result, "B").score()).isCloseTo(50, within(1e-12));
    }

    @Test
    void contributionsAddUpToTheScoreForEveryMethod() {
        IndicatorColumn x1 = column("x1", 3, NaN, 8, 1, 6, 2).withParentValues(new double[] {5, 5, 5, 5, 5, 5});
        ScoringInput in = input(Map.of("x1", 4.0, "x2", 11.0, "x3", 2.0), x1,
                column("x2", 10, 12, 9, 15, 11, 13), column("x3", 2.5, 1, NaN, 4, 3, 0.5));
        for (Normalisation normalisation : Normalisation.values()) {
            for (Aggregation aggregation : Aggregation.values()) {
                for (MissingPolicy policy : MissingPolicy.values()) {
                    ScoringOptions options = new ScoringOptions(normalisation, aggregation, policy, 0.65, 5, 95, false, 90);
                    for (AreaScore a : engine.score(BASE, in, options).areas()) {
                        assertThat(contributionSum(a)).as("%s %s %s %s", normalisation, aggregation, policy, a.code())
                                .isCloseTo(a.score(), within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void invalidFrameworkIsRejectedBeforeScoring() {
        Framework bad = framework(domain("a", 1, higher("x1", -1)));

        assertThatThrownBy(() -> engine.score(bad, BASE_INPUT, PLAIN)).isInstanceOf(InvalidFramework.class)
                .hasMessageContaining("framework.domains[a].indicators[x1].weight");
    }
}
