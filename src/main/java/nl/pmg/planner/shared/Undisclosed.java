package nl.pmg.planner.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that returns area values before disclosure control. Code that answers requests gets
 * values from {@code disclosure.Disclosure} instead; {@code DisclosureRulesTest} checks who calls these.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Undisclosed {
}
