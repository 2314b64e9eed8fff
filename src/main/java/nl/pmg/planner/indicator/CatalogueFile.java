package nl.pmg.planner.indicator;

import java.util.List;

/** The shape of {@code geodata/catalogue.json}. */
record CatalogueFile(String vintage, String licence, List<Variable> variables, List<Indicator> indicators) {
}
