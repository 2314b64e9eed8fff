package nl.pmg.planner.indicator;

/** An indicator value with its status; {@code value} is null exactly when the status has no value. */
public record Value(Double value, Status status) {

    public Value {
        if (status.hasValue() != (value != null)) {
            throw new IllegalArgumentException("value " + value + " does not fit status " + status);
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }

    public static Value of(double value, Status status) {
        return new Value(value, status);
    }

    public static Value missing() {
        return new Value(null, Status.MISSING);
    }

    public static Value suppressed() {
        return new Value(null, Status.SUPPRESSED);
    }

    /** The value, or NaN when there is none (for numeric code that treats NaN as missing). */
    public double orNaN() {
        return value == null ? Double.NaN : value;
    }
}
