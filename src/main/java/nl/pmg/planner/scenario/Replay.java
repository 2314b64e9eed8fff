package nl.pmg.planner.scenario;

import java.util.List;

/**
 * A built-in replay of a past round: the programme as it stood on {@code asOf} locked in (the round's own
 * tranche never), as many additions as the round had, chosen by the default framework on the data as it
 * could be known then, and set beside the municipalities actually added.
 *
 * @param dataVintage the as-of data set the date falls in (stated in the list before the replay is computed)
 * @param constraints JSON of the request's {@code constraints}, null for none
 * @param settings    text keys (i18n/texts_*.properties) of the constraints in words, for the notes; empty for none
 */
record Replay(String id, String name, String asOf, String dataVintage, String actualTranche, String constraints,
        List<String> settings) {

    static final Replay ROUND_2023 = new Replay("uitbreiding-2023", "Uitbreiding 2023: 15 → 27", "2023-03-01",
            "asof-2023", "expansion-data", null, List.of());

    static final Replay ROUND_2024 = new Replay("uitbreiding-2024", "Uitbreiding 2024: +20", "2024-04-01",
            "asof-2024", "regional-2024", null, List.of());

    /**
     * The 2024 round with the constraints a programme manager would set for it, read from the round's stated
     * basis, not fitted to its outcome: chosen once and kept whatever the agreement.
     */
    static final Replay ROUND_2024_CONSTRAINED = new Replay("uitbreiding-2024-randvoorwaarden",
            "Uitbreiding 2024: +20, met randvoorwaarden", "2024-04-01", "asof-2024", "regional-2024", """
            {"perPoliceUnit":{"max":3,"counts":"additions"},
             "smallMunicipalities":{"min":8,"urbanityClasses":[3,4,5],"counts":"additions"},
             "minPopulation":25000}""", List.of("replay.setting.police-unit", "replay.setting.small",
            "replay.setting.min-population"));

    static final List<Replay> ALL = List.of(ROUND_2023, ROUND_2024, ROUND_2024_CONSTRAINED);
}
