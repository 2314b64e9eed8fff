package nl.pmg.planner.indicator;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An indicator value with its status; {@code value} is null exactly when the status has no value. A value
 * never leaves the service as it is: clients get it as {@code disclosure.Published}, so writing a bare one
 * as JSON is refused ({@link NotForClients}).
 */
@JsonSerialize(using = Value.NotForClients.class)
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

    /** Refuses to write a value that did not pass disclosure control (a bug, answered as a 500). */
    public static final class NotForClients extends ValueSerializer<Value> {
        @Override
        public void serialize(Value v, JsonGenerator g, SerializationContext ctxt) {
            throw new IllegalStateException("an area value must leave through disclosure.Disclosure (Published)");
        }
    }
}
