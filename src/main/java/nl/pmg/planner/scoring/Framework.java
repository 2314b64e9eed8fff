package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A risk-index framework: domains of weighted, oriented indicators. A framework is plain data (it binds
 * from and to JSON as is) and carries a version so that every score can be traced to the exact weights
 * that produced it.
 *
 * <p>The framework is level-independent. At a level where an indicator does not exist, the caller simply
 * leaves it out of the {@link ScoringInput}; the engine then spreads its weight within its domain.
 */
public record Framework(String id, String version, String nameNl, String nameEn, List<Domain> domains) {

    public Framework {
        domains = domains == null ? null : Collections.unmodifiableList(new ArrayList<>(domains));
    }

    /**
     * Checks everything that can be checked without the indicator catalogue (whether indicator ids exist
     * is the caller's check).
     *
     * @return this framework, for chaining
     * @throws InvalidFramework naming the first offending field: blank ids or version, no domains, a domain
     *                          without indicators, duplicate ids, negative or non-finite weights, a missing
     *                          direction, or weights that are all zero
     */
    public Framework validate() {
        require(!isBlank(id), "framework.id must not be blank");
        require(!isBlank(version), "framework.version must not be blank");
        require(domains != null && !domains.isEmpty(), "framework.domains must not be empty");
        Set<String> domainIds = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        boolean anyDomainWeight = false;
        for (int d = 0; d < domains.size(); d++) {
            Domain domain = domains.get(d);
            require(domain != null, "framework.domains[" + d + "] must not be null");
            require(!isBlank(domain.id()), "framework.domains[" + d + "].id must not be blank");
            String where = "framework.domains[" + domain.id() + "]";
            require(domainIds.add(domain.id()), where + ".id is used twice");
            requireWeight(domain.weight(), where + ".weight");
            anyDomainWeight |= domain.weight() > 0;
            require(domain.indicators() != null && !domain.indicators().isEmpty(),
                    where + ".indicators must not be empty");
            boolean anyIndicatorWeight = false;
            for (int i = 0; i < domain.indicators().size(); i++) {
                FrameworkIndicator indicator = domain.indicators().get(i);
                require(indicator != null, where + ".indicators[" + i + "] must not be null");
                require(!isBlank(indicator.indicatorId()), where + ".indicators[" + i + "].indicatorId must not be blank");
                String at = where + ".indicators[" + indicator.indicatorId() + "]";
                // One indicator in two domains would be counted twice and make contributions ambiguous.
                require(indicatorIds.add(indicator.indicatorId()), at + " appears more than once in the framework");
                requireWeight(indicator.weight(), at + ".weight");
                require(indicator.direction() != null, at + ".direction must be HIGHER_IS_RISKIER or LOWER_IS_RISKIER");
                anyIndicatorWeight |= indicator.weight() > 0;
            }
            require(anyIndicatorWeight, where + ".indicators weights must not all be zero");
        }
        require(anyDomainWeight, "framework.domains weights must not all be zero");
        return this;
    }

    private static void requireWeight(double weight, String field) {
        require(Double.isFinite(weight) && weight >= 0, field + " must be a finite number >= 0, was " + weight);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidFramework(message);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
