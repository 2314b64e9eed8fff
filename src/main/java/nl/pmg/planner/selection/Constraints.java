package nl.pmg.planner.selection;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * The constraints of a selection request; every field may be omitted (null) and is then not applied.
 *
 * <p>Region bounds apply to every region of that kind (e.g. {@code "perPoliceUnit":{"max":3}} caps each of
 * the ten units), with per-region {@code overrides} keyed by the region's code ({@code PV27}, {@code RE05}) or,
 * for RIECs, name. Each cap family says what it counts: {@code "counts":"additions"} (the new additions only)
 * or {@code "programme"} (the whole programme after selection, locked-in members included); without it the
 * legacy switch {@code regionBoundsCountLockedIn} decides (default: the whole programme). The budget and the
 * cost model apply to added municipalities only: the current members are already funded. Filters
 * ({@code exclude}, {@code minPopulation}, {@code minYoungPeople}, {@code minTopDecileBuurten},
 * {@code risingCrimeOnly}) narrow the candidates. {@code pathways} reserves places for the severity and the
 * prevention pathway (see {@link Pathway}).
 *
 * @param budgetEur            the most all added municipalities may cost together, in euros
 * @param minTopDecileBuurten  severity rule: a candidate needs at least this many buurten in the national
 *                             top decile of the buurt index
 * @param risingCrimeOnly      trend rule: a candidate needs a rising crime trend 2021→2025 (&gt; 0 % per year)
 */
record Constraints(List<String> mustInclude, List<String> exclude, Double budgetEur, CostModel costModel,
        Bounds perProvince, Bounds perPoliceUnit, Bounds perRiec, Boolean regionBoundsCountLockedIn,
        Double minPopulation, Double minYoungPeople, SmallMunicipalities smallMunicipalities,
        Integer minTopDecileBuurten, Boolean risingCrimeOnly, Pathways pathways) {

    /** The constraints without pathways, as callers built them before pathways existed. */
    Constraints(List<String> mustInclude, List<String> exclude, Double budgetEur, CostModel costModel,
            Bounds perProvince, Bounds perPoliceUnit, Bounds perRiec, Boolean regionBoundsCountLockedIn,
            Double minPopulation, Double minYoungPeople, SmallMunicipalities smallMunicipalities,
            Integer minTopDecileBuurten, Boolean risingCrimeOnly) {
        this(mustInclude, exclude, budgetEur, costModel, perProvince, perPoliceUnit, perRiec, regionBoundsCountLockedIn,
                minPopulation, minYoungPeople, smallMunicipalities, minTopDecileBuurten, risingCrimeOnly, null);
    }

    static Constraints none() {
        return new Constraints(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    List<String> mustIncludeOrEmpty() {
        return mustInclude == null ? List.of() : mustInclude;
    }

    List<String> excludeOrEmpty() {
        return exclude == null ? List.of() : exclude;
    }

    /** Whether a cap family that says {@code counts} (or nothing) counts the locked-in members too. */
    boolean countsProgramme(Counting counts) {
        return counts != null ? counts == Counting.PROGRAMME
                : regionBoundsCountLockedIn == null || regionBoundsCountLockedIn;
    }

    /** What a cap counts. */
    enum Counting {
        ADDITIONS, PROGRAMME;

        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Inclusive bounds on the number of municipalities per region; either may be null. {@code overrides}
     * replaces both bounds for the regions it names.
     */
    record Bounds(Integer min, Integer max, Counting counts, Map<String, Limit> overrides) {

        Bounds(Integer min, Integer max) {
            this(min, max, null, null);
        }

        Map<String, Limit> overridesOrEmpty() {
            return overrides == null ? Map.of() : overrides;
        }

        /** The bounds that hold in one region. */
        Limit in(String region) {
            Limit o = overridesOrEmpty().get(region);
            return o != null ? o : new Limit(min, max);
        }

        boolean any() {
            return min != null || max != null || overridesOrEmpty().values().stream().anyMatch(Limit::any);
        }
    }

    /** The bounds of one region. */
    record Limit(Integer min, Integer max) {

        boolean any() {
            return min != null || max != null;
        }
    }

    /** Overrides of the configured cost model; a null field keeps the configured value. */
    record CostModel(Double fixedEur, Double perYoungResidentEur) {
    }

    /**
     * At least {@code min} municipalities of the given urbanity classes (default 3–5, moderately to not
     * urban) — equivalently a cap on the more urban (centre) municipalities — counted as {@code counts} says.
     */
    record SmallMunicipalities(Integer min, List<Integer> urbanityClasses, Counting counts) {

        SmallMunicipalities(Integer min, List<Integer> urbanityClasses) {
            this(min, urbanityClasses, null);
        }

        List<Integer> classesOrDefault() {
            return urbanityClasses == null || urbanityClasses.isEmpty() ? List.of(3, 4, 5) : urbanityClasses;
        }
    }

    /** Places reserved (at least) for each pathway; the rest of {@code add} goes to whichever adds more. */
    record Pathways(Integer severity, Integer prevention) {

        int reserved(Pathway p) {
            Integer n = p == Pathway.SEVERITY ? severity : prevention;
            return n == null ? 0 : n;
        }
    }
}
