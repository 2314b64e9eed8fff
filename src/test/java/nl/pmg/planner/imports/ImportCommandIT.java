package nl.pmg.planner.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command as the README gives it (the packaged jar, no web server), on the embedded store: it
 * imports, prints the outcome, exits 0, and the import is in the audit trail with the command's user as
 * actor (item 3 of #13: command-line imports are audited, like HTTP ones). Runs the jar of this build.
 */
class ImportCommandIT {

    @TempDir
    Path dir;

    static Path jar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("pmg-planner-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in target/: run ./mvnw verify, which packages first"));
        }
    }

    @Test
    void theCommandImportsExitsZeroAndIsAudited() throws Exception {
        Path csv = dir.resolve("table.csv");
        Files.writeString(csv, "# id: from_the_command\n# label_nl: Proef\n# label_en: Test\n# unit: u\n"
                + "# direction: neutral\n# source: test\n# level: gemeente\narea_code,period,value\nGM0363,2023,4.5\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        Process p = new ProcessBuilder("java", "-jar", jar().toString(), "--spring.main.web-application-type=none",
                "--planner.store.data-dir=" + data, "--planner.geodata.dir=" + Path.of("geodata").toAbsolutePath(),
                "--logging.level.root=WARN", "--planner.import.indicators=" + csv)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("accepted: 1 rows");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("planner.sqlite"));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT username, action, target FROM audit_event WHERE action = 'indicators-imported'")) {
            assertThat(rs.next()).as("an audit row for the import").isTrue();
            assertThat(rs.getString("username")).isEqualTo(System.getProperty("user.name"));
            assertThat(rs.getString("target")).isEqualTo("indicator from_the_command");
        }
    }
}
