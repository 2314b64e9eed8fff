package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameworkStoreTest {

    @Test
    void comparesDottedVersionsNumerically() {
        assertThat(FrameworkStore.compareVersions("1.10", "1.9")).isPositive();
        assertThat(FrameworkStore.compareVersions("1.9.0", "1.10.0")).isNegative();
        assertThat(FrameworkStore.compareVersions("2.0.0", "2")).isZero();
        assertThat(FrameworkStore.compareVersions("1.0.0-rc", "1.0.0-beta")).isPositive();
    }
}
