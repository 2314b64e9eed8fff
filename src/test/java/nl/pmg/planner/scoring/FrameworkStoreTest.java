package nl.pmg.planner.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkStoreTest {

    @TempDir
    Path dir;

    private static Framework framework(String version) {
        return new Framework("mine", version, "Mijn", "Mine", List.of(new Domain("crime", "Misdaad", "Crime", 1,
                List.of(new FrameworkIndicator("crime_per_1000", 1, Direction.HIGHER_IS_RISKIER, "why")), "why")));
    }

    @Test
    void savesAndFindsTheHighestVersionNumerically() throws Exception {
        FrameworkStore store = new FrameworkStore(new ScoringProperties(dir, 50));
        store.save(framework("1.9.0"));
        store.save(framework("1.10.0"));
        assertThat(store.find("mine", null).orElseThrow().version()).isEqualTo("1.10.0");
        assertThat(store.find("mine", "1.9.0")).isPresent();
        assertThat(store.find("other", null)).isEmpty();
        assertThat(store.exists("mine", "1.9.0")).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mine@1.9.0.json", "mine@1.10.0.json");
        }
    }

    @Test
    void comparesDottedVersions() {
        assertThat(FrameworkStore.compareVersions("1.10", "1.9")).isPositive();
        assertThat(FrameworkStore.compareVersions("2.0.0", "2")).isZero();
        assertThat(FrameworkStore.compareVersions("1.0.0-rc", "1.0.0-beta")).isPositive();
    }
}
