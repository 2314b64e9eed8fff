package nl.pmg.planner.scoring;

/**
 * Body of {@code POST /api/scores}. Omitted framework and frameworkId mean the default framework;
 * omitted options mean the defaults; {@code gemeente} narrows the answer (not the scoring) to one
 * municipality's areas; {@code limit} caps the number of areas returned, best ranks first. {@code lens}
 * {@code residential} scores with the residential framework (and excludes framework and frameworkId);
 * {@code incidents} answers registered crime as a count and per km² instead of an index.
 */
record ScoreRequest(String level, Framework framework, String frameworkId, OptionsRequest options,
        GemeenteMethod gemeenteMethod, String gemeente, Integer limit,
        @io.swagger.v3.oas.annotations.media.Schema(description = "residential: the residential framework (where young "
                + "people live); incidents: registered crime as count and per km2, no index; omitted: the framework given "
                + "or the default", allowableValues = {"residential", "incidents"}) String lens) {

    /** Partial options: every field may be omitted and then takes its default. */
    record OptionsRequest(Normalisation normalisation, Aggregation aggregation, MissingPolicy missingPolicy,
            Double minCoverage, Double winsorLowerPct, Double winsorUpperPct, Boolean smoothRates,
            Double flagPercentile) {

        ScoringOptions resolve() {
            ScoringOptions d = ScoringOptions.defaults();
            return new ScoringOptions(normalisation == null ? d.normalisation() : normalisation,
                    aggregation == null ? d.aggregation() : aggregation,
                    missingPolicy == null ? d.missingPolicy() : missingPolicy,
                    minCoverage == null ? d.minCoverage() : minCoverage,
                    winsorLowerPct == null ? d.winsorLowerPct() : winsorLowerPct,
                    winsorUpperPct == null ? d.winsorUpperPct() : winsorUpperPct,
                    smoothRates == null ? d.smoothRates() : smoothRates,
                    flagPercentile == null ? d.flagPercentile() : flagPercentile);
        }
    }
}
