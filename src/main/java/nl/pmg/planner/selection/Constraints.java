package nl.pmg.planner.selection;

import java.util.List;

/**
 * The constraints of a selection request; every field may be omitted (null) and is then not applied.
 *
 * <p>Region bounds apply to every region of that kind (e.g. {@code "perPoliceUnit":{"max":3}} caps each of
 * the ten units) and, unless {@code regionBoundsCountLockedIn} is false, count the whole programme after
 * selection (locked-in plus added). The budget and the cost model apply to added municipalities only: the
 * current members are already funded. Filters ({@code exclude}, {@code minPopulation},
 * {@code minYoungPeople}, {@code minTopDecileBuurten}, {@code risingCrimeOnly}) narrow the candidates.
 *
 * @param budgetEur            the most all added municipalities may cost together, in euros
 * @param minTopDecileBuurten  severity rule: a candidate needs at least this many buurten in the national
 *                             top decile of the buurt index
 * @param risingCrimeOnly      trend rule: a candidate needs a rising crime trend (&gt; 0 % per year; 2022-2025, or 2021-2022 as of spring 2023)
 */
record Constraints(List<String> mustInclude, List<String> exclude, Double budgetEur, CostModel costModel,
        Bounds perProvince, Bounds perPoliceUnit, Bounds perRiec, Boolean regionBoundsCountLockedIn,
        Double minPopulation, Double minYoungPeople, SmallMunicipalities smallMunicipalities,
        Integer minTopDecileBuurten, Boolean risingCrimeOnly) {

    static Constraints none() {
        return new Constraints(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    List<String> mustIncludeOrEmpty() {
        return mustInclude == null ? List.of() : mustInclude;
    }

    List<String> excludeOrEmpty() {
        return exclude == null ? List.of() : exclude;
    }

    boolean countsLockedIn() {
        return regionBoundsCountLockedIn == null || regionBoundsCountLockedIn;
    }

    /** Inclusive bounds on the number of municipalities per region; either may be null. */
    record Bounds(Integer min, Integer max) {
    }

    /** Overrides of the configured cost model; a null field keeps the configured value. */
    record CostModel(Double fixedEur, Double perYoungResidentEur) {
    }

    /**
     * At least {@code min} municipalities of the given urbanity classes (default 3–5, moderately to not
     * urban), counted like the region bounds.
     */
    record SmallMunicipalities(Integer min, List<Integer> urbanityClasses) {

        List<Integer> classesOrDefault() {
            return urbanityClasses == null || urbanityClasses.isEmpty() ? List.of(3, 4, 5) : urbanityClasses;
        }
    }
}
