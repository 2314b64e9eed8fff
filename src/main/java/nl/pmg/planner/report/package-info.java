/**
 * The methodology report per scenario, following the steps of the OECD/JRC Handbook on composite indicators:
 * framework, data and vintage, missing values, outliers, normalisation, weighting, aggregation, uncertainty and
 * sensitivity, links to the actual decisions (replays, calibration) and the map with explanation cards,
 * constraints and caveats. Printable XHTML and PDF, reproducible from the framework version, data checksum and
 * seed it names ({@code /api/reports/scenarios/{id}}).
 */
package nl.pmg.planner.report;
