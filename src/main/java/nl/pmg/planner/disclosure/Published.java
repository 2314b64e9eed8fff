package nl.pmg.planner.disclosure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * An area value as the current caller may see it: the only form in which a value leaves the service.
 * Only {@link Disclosure} makes one, so holding a {@code Published} means the rule was applied; a bare
 * {@link Value} cannot even be written as JSON. Serialised as {@code {"value": …, "status": …}}, or as the
 * bare number (null when withheld) where a document keeps its status elsewhere ({@link NumberOnly}).
 */
@JsonPropertyOrder({"value", "status"})
public final class Published {

    private final Value shown;

    private Published(Value shown) {
        this.shown = shown;
    }

    static Published of(Value shown) {
        return new Published(shown);
    }

    static Published suppressed() {
        return new Published(Value.suppressed());
    }

    /** The number, or null when there is none or it is withheld; never 0 for a missing value. */
    @JsonProperty("value")
    public Double value() {
        return shown.value();
    }

    @JsonProperty("status")
    public Status status() {
        return shown.status();
    }

    /** The number or NaN, for arithmetic on what may be shown (medians, ranks). */
    public double orNaN() {
        return shown.orNaN();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Published p && p.shown.equals(shown);
    }

    @Override
    public int hashCode() {
        return shown.hashCode();
    }

    @Override
    public String toString() {
        return shown.toString();
    }

    /** Writes just the number (or null), for fields such as monitor series points. */
    public static final class NumberOnly extends ValueSerializer<Published> {
        @Override
        public void serialize(Published p, JsonGenerator g, SerializationContext ctxt) {
            if (p.value() == null) {
                g.writeNull();
            } else {
                g.writeNumber(p.value());
            }
        }
    }
}
