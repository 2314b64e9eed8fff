package nl.pmg.planner.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Small-area thresholds ({@code planner.eligibility.*}), one pair for the whole service: a wijk or buurt with
 * fewer residents or households is not ranked (scoring, priority areas), and a rate computed over fewer residents
 * (or, for per-household rates, fewer households) is served with status {@code unreliable}. Crime is registered
 * where it happens, so a rate per resident explodes where few people live; 500 residents and 200 households keep
 * business parks, stations and parks out without losing small residential buurten. A missing figure is below any
 * threshold.
 *
 * @param minResidents  residents (1 January 2024) an area needs to be ranked; rates over fewer are unreliable
 * @param minHouseholds private households an area needs to be ranked; per-household rates over fewer are unreliable
 */
@ConfigurationProperties("planner.eligibility")
public record EligibilityProperties(@DefaultValue("500") int minResidents, @DefaultValue("200") int minHouseholds) {

    public static final EligibilityProperties DEFAULTS = new EligibilityProperties(500, 200);

    public EligibilityProperties {
        if (minResidents < 0 || minHouseholds < 0) {
            throw new IllegalArgumentException("planner.eligibility thresholds must not be negative");
        }
    }

    /** Whether an area with these figures may be ranked; {@code NaN} (unknown) is never enough. */
    public boolean eligible(double residents, double households) {
        return residents >= minResidents && households >= minHouseholds;
    }
}
