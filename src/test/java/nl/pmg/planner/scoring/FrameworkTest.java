package nl.pmg.planner.scoring;

import static nl.pmg.planner.scoring.Fixtures.domain;
import static nl.pmg.planner.scoring.Fixtures.framework;
import static nl.pmg.planner.scoring.Fixtures.higher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    private static void rejects(Framework framework, String message) {
        assertThatThrownBy(framework::validate).isInstanceOf(InvalidFramework.class).hasMessageContaining(message);
    }

    @Test
    void acceptsAValidFrameworkAndReturnsIt() {
        Framework f = framework(domain("a", 1, higher("x", 1), higher("y", 0)));
        assertThat(f.validate()).isSameAs(f);
    }

    @Test
    void rejectsNegativeIndicatorWeightNamingTheField() {
        rejects(framework(domain("crime", 1, higher("crime_per_1000", -0.5))),
                "framework.domains[crime].indicators[crime_per_1000].weight must be a finite number >= 0, was -0.5");
    }

    @Test
    void rejectsNaNDomainWeight() {
        rejects(framework(domain("crime", Double.NaN, higher("x", 1))), "framework.domains[crime].weight must be a finite number");
    }

    @Test
    void rejectsFrameworkWithoutDomains() {
        rejects(new Framework("f", "1", "f", "f", List.of()), "framework.domains must not be empty");
    }

    @Test
    void rejectsDomainWithoutIndicators() {
        rejects(framework(new Domain("empty", "l", "l", 1, List.of(), "r")), "framework.domains[empty].indicators must not be empty");
    }

    @Test
    void rejectsDomainWhoseIndicatorWeightsAreAllZero() {
        rejects(framework(domain("a", 1, higher("x", 0), higher("y", 0))), "framework.domains[a].indicators weights must not all be zero");
    }

    @Test
    void rejectsFrameworkWhoseDomainWeightsAreAllZero() {
        rejects(framework(domain("a", 0, higher("x", 1)), domain("b", 0, higher("y", 1))),
                "framework.domains weights must not all be zero");
    }

    @Test
    void rejectsAnIndicatorThatAppearsTwice() {
        rejects(framework(domain("a", 1, higher("x", 1)), domain("b", 1, higher("x", 1))),
                "framework.domains[b].indicators[x] appears more than once");
    }

    @Test
    void rejectsMissingDirection() {
        rejects(framework(domain("a", 1, new FrameworkIndicator("x", 1, null, "r"))),
                "framework.domains[a].indicators[x].direction");
    }

    @Test
    void rejectsBlankVersion() {
        rejects(new Framework("f", " ", "f", "f", List.of(domain("a", 1, higher("x", 1)))), "framework.version must not be blank");
    }
}
