package nl.pmg.planner.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.EligibilityProperties;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.IndicatorColumn;
import nl.pmg.planner.scoring.Lens;
import nl.pmg.planner.scoring.QualityFlag;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringInput;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import org.junit.jupiter.api.Test;

/**
 * The review's failure in one gemeente: a business park (few residents, crime per resident 25 times the deprived
 * buurt's) next to a deprived residential buurt. The residential lens — the shipped residential framework, default
 * options, default eligibility — must put the residential buurt first; the incidents lens the business park, by
 * count and per km². Buurten take their wijk's share aged 15–25 and low-income share (CBS publishes neither for
 * buurten), as the service does.
 */
class PriorityLensesTest {

    private static final String DEPRIVED = "BU99990101";
    private static final String PARK = "BU99990201";
    private static final String TINY = "BU99990202";

    /** code, name, wijk, residents, households, income, owner-occupied %, WOZ, crimes 2024, land km². */
    private static final Object[][] BUURTEN = {
        {DEPRIVED, "Oude Wijk", "WK999901", 4000, 1800, 21.0, 15.0, 180.0, 240, 0.40},
        {"BU99990102", "Nieuwe Wijk", "WK999901", 3000, 1300, 25.0, 35.0, 230.0, 150, 0.50},
        {"BU99990103", "Tuindorp", "WK999901", 2500, 1100, 30.0, 60.0, 300.0, 80, 0.60},
        {PARK, "Bedrijvenpark Noord", "WK999902", 600, 250, 38.0, 25.0, 380.0, 900, 0.80},
        {TINY, "Bedrijventerrein Haven", "WK999902", 40, 20, Double.NaN, Double.NaN, Double.NaN, 600, 1.20},
        {"BU99990301", "Villapark", "WK999903", 1800, 750, 45.0, 85.0, 600.0, 40, 0.90},
        {"BU99990302", "Dorp", "WK999903", 1200, 500, 35.0, 70.0, 400.0, 30, 1.50},
    };

    /** The wijk figures a buurt takes: share aged 15–25 and persons with a low income (%). */
    private static final Map<String, double[]> WIJKEN = Map.of(
            "WK999901", new double[] {18, 58},
            "WK999902", new double[] {9, 30},
            "WK999903", new double[] {10, 25});

    @Test
    void residentialLensRanksTheDeprivedBuurtFirstAndLeavesTheTinyBusinessAreaUnranked() {
        Map<String, AreaScore> scores = residentialScores();

        assertThat(scores.get(DEPRIVED).rank()).isEqualTo(1);
        assertThat(scores.get(PARK).rank()).isGreaterThan(scores.get(DEPRIVED).rank());
        assertThat(scores.get(PARK).contributions()).doesNotContainKey("crime_per_1000");
        assertThat(scores.get(TINY).score()).isNaN();
        assertThat(scores.get(TINY).qualityFlags()).contains(QualityFlag.NOT_ELIGIBLE);
        assertThat(scores.get(DEPRIVED).indicatorFlags().get("young_15_25_pct")).contains(QualityFlag.FROM_PARENT);

        List<PriorityRanking.Ranked> top = PriorityRanking.residential(rows(scores), false, 3);
        assertThat(top).extracting(PriorityRanking.Ranked::code).first().isEqualTo(DEPRIVED);
        assertThat(top).extracting(PriorityRanking.Ranked::code).doesNotContain(TINY);
        // reach: 4,000 residents × the wijk's 18 % = 720 young residents
        assertThat(top.get(0).residents()).isEqualTo(4000.0);
        assertThat(top.get(0).youngResidents()).isEqualTo(720.0);
    }

    @Test
    void incidentsLensRanksTheBusinessParkFirstByCountAndPerKm2() {
        List<PriorityRanking.Row> rows = rows(residentialScores());

        List<PriorityRanking.Ranked> byCount = PriorityRanking.incidents(rows, false, 7);
        List<PriorityRanking.Ranked> byDensity = PriorityRanking.incidents(rows, true, 7);

        // counts: 900 (park), 600 (tiny), 240 (deprived); per km²: 1,125, 600, 500
        assertThat(byCount).extracting(PriorityRanking.Ranked::code).startsWith(PARK, TINY, DEPRIVED);
        assertThat(byDensity).extracting(PriorityRanking.Ranked::code).startsWith(PARK, DEPRIVED, TINY);
        assertThat(byDensity.get(0).crimesPerKm2()).isEqualTo(1125.0);
        // the incidents lens has no eligibility rule; the park's residential score comes along, but no national rank
        assertThat(byCount).hasSize(7);
        assertThat(byCount.get(0).nationalRank()).isNull();
        assertThat(byCount.get(1).score()).isNull(); // the tiny business area has no residential score
    }

    @Test
    void needTimesReachPrefersTheLargeDeprivedBuurt() {
        List<PriorityRanking.Ranked> top = PriorityRanking.residential(rows(residentialScores()), true, 7);

        assertThat(top.get(0).code()).isEqualTo(DEPRIVED);
        assertThat(top.get(0).needTimesReach()).isEqualTo(top.get(0).score() / 100 * 720);
        assertThat(top).isSortedAccordingTo((a, b) -> Double.compare(b.needTimesReach(), a.needTimesReach()));
    }

    private static Map<String, AreaScore> residentialScores() {
        int n = BUURTEN.length;
        List<String> codes = new ArrayList<>();
        double[] population = new double[n];
        boolean[] eligible = new boolean[n];
        double[] young = new double[n];
        double[] lowIncome = new double[n];
        double[] income = new double[n];
        double[] owner = new double[n];
        double[] woz = new double[n];
        double[] crime = new double[n];
        boolean[] fromWijk = new boolean[n];
        for (int i = 0; i < n; i++) {
            Object[] b = BUURTEN[i];
            codes.add((String) b[0]);
            population[i] = ((Integer) b[3]).doubleValue();
            eligible[i] = EligibilityProperties.DEFAULTS.eligible(population[i], ((Integer) b[4]).doubleValue());
            young[i] = WIJKEN.get((String) b[2])[0];
            lowIncome[i] = WIJKEN.get((String) b[2])[1];
            income[i] = (Double) b[5];
            owner[i] = (Double) b[6];
            woz[i] = (Double) b[7];
            crime[i] = 1000.0 * (Integer) b[8] / population[i];
            fromWijk[i] = true;
        }
        Map<String, IndicatorColumn> columns = new LinkedHashMap<>();
        columns.put("young_15_25_pct", IndicatorColumn.of("young_15_25_pct", young).withFromParent(fromWijk));
        columns.put("low_income_persons_pct", IndicatorColumn.of("low_income_persons_pct", lowIncome).withFromParent(fromWijk));
        columns.put("income_per_inhabitant", IndicatorColumn.of("income_per_inhabitant", income));
        columns.put("owner_occupied_pct", IndicatorColumn.of("owner_occupied_pct", owner));
        columns.put("woz_value", IndicatorColumn.of("woz_value", woz));
        // present in the input, as in the service; the residential framework does not use it
        columns.put("crime_per_1000", IndicatorColumn.of("crime_per_1000", crime));
        ScoringInput input = new ScoringInput("buurt", codes, columns, population, null, null, Map.of(), eligible,
                codes.stream().map(c -> "GM9999").toList());
        ScoringResult result = new ScoringEngine().score(Lens.residentialFramework(), input, ScoringOptions.defaults());
        Map<String, AreaScore> out = new LinkedHashMap<>();
        result.areas().forEach(a -> out.put(a.code(), a));
        return out;
    }

    private static List<PriorityRanking.Row> rows(Map<String, AreaScore> scores) {
        List<PriorityRanking.Row> rows = new ArrayList<>();
        for (Object[] b : BUURTEN) {
            String code = (String) b[0];
            Area area = new Area(code, (String) b[1], Level.BUURT, "GM9999", (String) b[2], null, true, null);
            double residents = ((Integer) b[3]).doubleValue();
            double young = residents * WIJKEN.get((String) b[2])[0] / 100;
            rows.add(new PriorityRanking.Row(area, scores.get(code), residents, young, Reach.FROM_WIJK_SHARE,
                    ((Integer) b[8]).doubleValue(), (Integer) b[8] / (Double) b[9]));
        }
        return rows;
    }
}
