package nl.pmg.planner.store;

import nl.pmg.planner.indicator.Indicator;

/** An imported indicator's catalogue entry with the division it refers to and its declared range. */
public record IndicatorEntry(Indicator indicator, int vintage, Double min, Double max) {
}
