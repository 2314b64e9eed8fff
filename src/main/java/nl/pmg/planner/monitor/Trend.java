package nl.pmg.planner.monitor;

/**
 * The direction of change between two years of one area: {@code up} or {@code down} when the relative
 * change leaves the ±band, {@code flat} inside it (inclusive), {@code none} when either value is missing or
 * the start value is zero — a relative change is then undefined, and an arrow would invent one.
 */
record Trend(Double changePct, String direction) {

    static final Trend NONE = new Trend(null, "none");

    /** @param bandPct half-width of the flat band in percent, e.g. 5 for ±5 % */
    static Trend classify(Double from, Double to, double bandPct) {
        if (from == null || to == null || from == 0) {
            return NONE;
        }
        double pct = 100 * (to - from) / from;
        String direction = Math.abs(pct) <= bandPct ? "flat" : pct > 0 ? "up" : "down";
        return new Trend(pct, direction);
    }
}
