package nl.pmg.planner.selection;

/**
 * One gemeente as the optimiser sees it. Counts are {@code NaN} when unknown; {@code urbanityClass} is
 * 1 (very urban) … 5 (not urban), 0 when unknown; region codes may be null when unknown.
 *
 * @param score            composite index score, {@code NaN} when the gemeente has none
 * @param trendPctPerYear  registered-crime trend 2021→2025 in % per year
 * @param topDecileBuurten buurten of this gemeente in the national top decile of the buurt index
 * @param costEur          cost of joining under the request's cost model, whole euros
 * @param preventionScore  score on the prevention pathway's framework, {@code NaN} when not computed or none
 */
record Candidate(String code, String name, String province, String policeUnit, String riec, double score,
        double youngPeople, double population, int urbanityClass, double trendPctPerYear, int topDecileBuurten,
        long costEur, double preventionScore) {

    /** A candidate without a prevention score (selections without pathways, tests). */
    Candidate(String code, String name, String province, String policeUnit, String riec, double score,
            double youngPeople, double population, int urbanityClass, double trendPctPerYear, int topDecileBuurten,
            long costEur) {
        this(code, name, province, policeUnit, riec, score, youngPeople, population, urbanityClass, trendPctPerYear,
                topDecileBuurten, costEur, Double.NaN);
    }

    Candidate withScore(double newScore) {
        return new Candidate(code, name, province, policeUnit, riec, newScore, youngPeople, population,
                urbanityClass, trendPctPerYear, topDecileBuurten, costEur, preventionScore);
    }

    Candidate withCost(long newCostEur) {
        return new Candidate(code, name, province, policeUnit, riec, score, youngPeople, population,
                urbanityClass, trendPctPerYear, topDecileBuurten, newCostEur, preventionScore);
    }

    Candidate withPreventionScore(double newScore) {
        return new Candidate(code, name, province, policeUnit, riec, score, youngPeople, population,
                urbanityClass, trendPctPerYear, topDecileBuurten, costEur, newScore);
    }
}
