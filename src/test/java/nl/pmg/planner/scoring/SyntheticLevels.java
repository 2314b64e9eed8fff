package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic national levels of realistic size and shape (skewed populations, count-based rates, a few
 * per cent missing, small buurten suppressed), with the indicators each level has in the catalogue.
 */
final class SyntheticLevels {

    static final int GEMEENTEN = 342;
    static final int WIJKEN = 3_393;
    static final int BUURTEN = 14_574;

    static final List<String> BUURT_INDICATORS = List.of("income_per_inhabitant", "woz_value", "population_density",
            "urbanity_class", "owner_occupied_pct", "crime_per_1000", "crime_trend_2022_2025");

    static final List<String> WIJK_INDICATORS = concat(BUURT_INDICATORS, List.of("young_15_25_pct", "low_income_persons_pct"));

    static final List<String> GEMEENTE_INDICATORS = concat(WIJK_INDICATORS, List.of("social_minimum_pct",
            "bijstand_per_1000", "youth_care_pct", "low_income_hh_pct", "non_european_origin_pct",
            "labour_participation_pct", "low_education_pct", "wmo_per_1000", "violent_crime_per_1000",
            "vandalism_per_1000", "drugs_alcohol_per_1000", "burglary_per_1000_households", "crime_concentration_gini"));

    /** Rates with counts, and events per 1,000 of the denominator they are drawn around. */
    private static final Map<String, Double> RATES = Map.of("crime_per_1000", 45.0, "violent_crime_per_1000", 6.0,
            "vandalism_per_1000", 5.0, "drugs_alcohol_per_1000", 1.5, "burglary_per_1000_households", 4.0,
            "bijstand_per_1000", 35.0, "wmo_per_1000", 60.0);

    private SyntheticLevels() {
    }

    static ScoringInput gemeenten(long seed) {
        return level("gemeente", "GM", GEMEENTEN, 30_000, GEMEENTE_INDICATORS, seed);
    }

    static ScoringInput wijken(long seed) {
        return level("wijk", "WK", WIJKEN, 3_000, WIJK_INDICATORS, seed);
    }

    static ScoringInput buurten(long seed) {
        return level("buurt", "BU", BUURTEN, 700, BUURT_INDICATORS, seed);
    }

    /** Parent gemeente of each buurt: consecutive blocks, as CBS codes would be after sorting. */
    static List<String> gemeenteOfBuurt(ScoringInput gemeenten, ScoringInput buurten) {
        List<String> parents = new ArrayList<>(buurten.size());
        for (int i = 0; i < buurten.size(); i++) {
            parents.add(gemeenten.codes().get((int) ((long) i * gemeenten.size() / buurten.size())));
        }
        return parents;
    }

    private static ScoringInput level(String level, String prefix, int n, double medianPopulation,
                                      List<String> indicators, long seed) {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>(n);
        double[] population = new double[n];
        double[] young = new double[n];
        boolean[] approximate = new boolean[n];
        for (int i = 0; i < n; i++) {
            codes.add(String.format("%s%08d", prefix, i));
            population[i] = Math.max(5, Math.round(medianPopulation * Math.exp(1.1 * random.nextGaussian())));
            young[i] = Math.round(population[i] * (0.08 + 0.08 * random.nextDouble()));
            approximate[i] = random.nextDouble() < 0.02;
        }
        Map<String, IndicatorColumn> columns = new LinkedHashMap<>();
        Map<String, Double> national = new LinkedHashMap<>();
        for (String id : indicators) {
            Double perThousand = RATES.get(id);
            IndicatorColumn column = perThousand != null
                    ? rate(id, population, perThousand, random)
                    : plain(id, n, random);
            columns.put(id, column.withParentValues(parentValues(column.values(), random)));
            national.put(id, perThousand != null ? perThousand : 50.0);
        }
        return new ScoringInput(level, codes, columns, population, young, approximate, national);
    }

    private static IndicatorColumn plain(String id, int n, Random random) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() < 0.04 ? Double.NaN : 50 * Math.exp(0.4 * random.nextGaussian());
        }
        return IndicatorColumn.of(id, values);
    }

    private static IndicatorColumn rate(String id, double[] population, double perThousand, Random random) {
        int n = population.length;
        double[] numerators = new double[n];
        double[] values = new double[n];
        boolean[] suppressed = new boolean[n];
        for (int i = 0; i < n; i++) {
            double expected = population[i] * perThousand / 1000 * Math.exp(0.5 * random.nextGaussian());
            numerators[i] = Math.round(expected + Math.sqrt(expected) * random.nextGaussian() * 0.5);
            numerators[i] = Math.max(0, numerators[i]);
            suppressed[i] = population[i] < 50 && random.nextBoolean();
            values[i] = suppressed[i] ? Double.NaN : 1000 * numerators[i] / population[i];
        }
        return IndicatorColumn.of(id, values).withRate(numerators, population.clone(), 1000).withSuppressed(suppressed);
    }

    private static double[] parentValues(double[] values, Random random) {
        double[] parents = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            parents[i] = 50 * Math.exp(0.2 * random.nextGaussian());
        }
        return parents;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    static Set<String> allIndicators() {
        return Set.copyOf(GEMEENTE_INDICATORS);
    }
}
